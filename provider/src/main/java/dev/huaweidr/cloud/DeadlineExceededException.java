package dev.huaweidr.cloud;

/** The operation's deadline (the resource's timeout) passed. */
public final class DeadlineExceededException extends CloudException {
    public DeadlineExceededException(String message) {
        super(message);
    }
}
