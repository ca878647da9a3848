package dev.huaweidr.cloud;

/**
 * The operation's deadline (the resource's or action's timeout) passed, either while waiting for work the
 * cloud was doing, which may still finish, or before a call, which was then not made.
 */
public final class DeadlineExceededException extends CloudException {
    private final boolean cloudWorkMayFinish;

    private DeadlineExceededException(String message, boolean cloudWorkMayFinish) {
        super(message);
        this.cloudWorkMayFinish = cloudWorkMayFinish;
    }

    /** The deadline passed while waiting for a job or a status: that work goes on in the cloud. */
    public static DeadlineExceededException whileWaiting(String message) {
        return new DeadlineExceededException(message, true);
    }

    /** The deadline passed before a call was made (or while it was being answered, for a read). */
    public static DeadlineExceededException beforeCall(String message) {
        return new DeadlineExceededException(message, false);
    }

    /** Whether cloud work this operation waited for may still finish: only then does more time help. */
    public boolean cloudWorkMayFinish() {
        return cloudWorkMayFinish;
    }
}
