package dev.huaweidr.cloud;

import dev.huaweidr.time.GoDuration;

/**
 * What bounds one operation's calls and waits: the provider-wide cancellation (StopProvider) and the
 * operation's deadline (the resource's timeout).
 */
public record CallContext(Cancellation cancellation, Deadline deadline) {
    public CallContext {
        if (cancellation == null || deadline == null) {
            throw new IllegalArgumentException("cancellation and deadline are required");
        }
    }

    /** Throws when cancelled or past the deadline; {@code doing} names the work for the message. */
    public void check(String doing) {
        cancellation.throwIfCancelled(doing);
        if (deadline.isExpired()) {
            throw DeadlineExceededException.beforeCall("deadline of " + GoDuration.format(deadline.timeout())
                    + " exceeded before " + doing);
        }
    }
}
