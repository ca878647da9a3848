package dev.huaweidr.cloud;

import java.time.Duration;

/**
 * A growing interval: step n is {@code initial * multiplier^n}, capped at {@code max}. Retries draw their
 * sleep uniformly from [0, step] ("full jitter"); the waiter polls at exactly the step.
 */
public record Backoff(Duration initial, Duration max, double multiplier) {
    /** Retries of failed calls: 0.5 s doubling up to 30 s. */
    public static final Backoff RETRY = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0);
    /**
     * Waiter polls: the first soon (a job may be quick, and a poll is one cheap GET), then doubling up to
     * 10 s: at 0.5, 1.5, 3.5, 7.5, 15.5, 25.5, 35.5 s, so a 30 s job costs seven polls, a 20 minute one 125.
     */
    public static final Backoff POLL = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), 2.0);

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
