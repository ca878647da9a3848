package dev.huaweidr.cloud;

import java.time.Duration;

/** The point in (monotonic) time by which an operation must be done, or none. */
public final class Deadline {
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

    private final long endNanos;
    private final Duration timeout;

    private Deadline(long endNanos, Duration timeout) {
        this.endNanos = endNanos;
        this.timeout = timeout;
    }

    public static Deadline none() {
        return NONE;
    }

    /** A deadline {@code timeout} from now; one too far away to count in nanoseconds (centuries) is none. */
    public static Deadline in(Duration timeout) {
        try {
            return new Deadline(Math.addExact(System.nanoTime(), timeout.toNanos()), timeout);
        } catch (ArithmeticException beyondCounting) {
            return NONE;
        }
    }

    public boolean isNone() {
        return this == NONE;
    }

    /** The time left (zero once passed); {@code null} without a deadline. */
    public Duration remaining() {
        if (isNone()) {
            return null;
        }
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean isExpired() {
        return !isNone() && endNanos - System.nanoTime() <= 0;
    }

    /** Whether {@code delay} from now still ends before the deadline. */
    public boolean allows(Duration delay) {
        return isNone() || endNanos - System.nanoTime() - delay.toNanos() > 0;
    }

    /** {@code duration}, shortened to the time left. */
    public Duration cap(Duration duration) {
        Duration left = remaining();
        return left == null || duration.compareTo(left) <= 0 ? duration : left;
    }

    /** The timeout this deadline was made from, for messages; {@code null} without a deadline. */
    public Duration timeout() {
        return timeout;
    }
}
