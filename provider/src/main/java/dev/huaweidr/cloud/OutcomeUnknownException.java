package dev.huaweidr.cloud;

/**
 * A change request (POST, or PUT/DELETE that starts work) was sent, but no usable answer came back: a 5xx, a
 * read timeout, a connection reset. It may or may not have taken effect, so it is never retried blindly; the
 * caller reads back what happened (the service classes document the read-back for each call).
 */
public final class OutcomeUnknownException extends CloudException {
    private final CallSite call;

    public OutcomeUnknownException(CallSite call, String what, Throwable cause) {
        super(call + " was sent but its outcome is unknown (" + what
                + "); the change may or may not have been applied", cause);
        this.call = call;
    }

    public CallSite call() {
        return call;
    }
}
