package dev.huaweidr.emulator.jobs;

/** The default duration of asynchronous jobs and transitions; the admin API can change it at run time. */
public final class JobSettings {
    private final long initialMillis;
    private volatile long jobMillis;

    public JobSettings(long jobMillis) {
        this.initialMillis = jobMillis;
        this.jobMillis = jobMillis;
    }

    public long jobMillis() {
        return jobMillis;
    }

    public void jobMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("job_millis must be >= 0");
        }
        jobMillis = millis;
    }

    public void reset() {
        jobMillis = initialMillis;
    }
}
