package dev.huaweidr.emulator.admin;

/**
 * A fixed delay before every cloud call is handled (not the admin API's): the round trip and processing time
 * of a real endpoint, which loopback does not have. Set at start ({@code --latency-ms}) and through
 * {@code PUT /_emulator/settings}; a fault's {@code latency_ms} adds to it. A reset goes back to the start's.
 */
public final class CallLatency {
    private final long initialMillis;
    private volatile long millis;

    public CallLatency(long millis) {
        this.initialMillis = millis;
        this.millis = millis;
    }

    public long millis() {
        return millis;
    }

    void millis(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("latency_ms must be >= 0");
        }
        millis = value;
    }

    void reset() {
        millis = initialMillis;
    }
}
