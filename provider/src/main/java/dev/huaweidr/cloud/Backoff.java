package dev.huaweidr.cloud;

import java.time.Duration;

/**
 * A growing interval: step n is {@code initial * multiplier^n}, capped at {@code max}. Retries draw their
 * sleep uniformly from [0, step] ("full jitter"); the waiter polls at exactly the step.
 */
public record Backoff(Duration initial, Duration max, double multiplier) {
    /** Retries of failed calls: 0.5 s doubling up to 30 s. */
    public static final Backoff RETRY = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0);
    /** Waiter polls: first after 1 s, growing by half up to 10 s. */
    public static final Backoff POLL = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 1.5);

    public Backoff {
        if (initial.isNegative() || max.compareTo(initial) < 0 || multiplier < 1) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max and multiplier >= 1");
        }
    }

    public Duration step(int n) {
        double nanos = initial.toNanos() * Math.pow(multiplier, Math.min(n, 64));
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }
}
