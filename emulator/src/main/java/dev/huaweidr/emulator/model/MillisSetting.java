package dev.huaweidr.emulator.model;

/**
 * A duration in milliseconds that the admin API can change at run time and a reset sets back to its value at
 * start: how long jobs take ({@code job_millis}), the delay before every cloud call ({@code latency_ms}).
 */
public final class MillisSetting {
    private final String name;
    private final long initialMillis;
    private volatile long millis;

    /** {@code name} is the setting's field in the admin API, for errors. */
    public MillisSetting(String name, long millis) {
        this.name = name;
        this.initialMillis = millis;
        this.millis = millis;
    }

    public long millis() {
        return millis;
    }

    public void millis(long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0");
        }
        millis = value;
    }

    public void reset() {
        millis = initialMillis;
    }
}
