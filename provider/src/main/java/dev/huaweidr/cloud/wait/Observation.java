package dev.huaweidr.cloud.wait;

/**
 * One look at something being waited for.
 *
 * @param label      what users see in progress lines, e.g. {@code ConstructDisasterRecovery on redis-a}
 * @param status     the cloud's status word, e.g. {@code Running}
 * @param progress   e.g. {@code 40%}; "" when the API reports none
 * @param failReason why it failed; "" otherwise
 * @param value      the model read, returned by the waiter on success
 */
public record Observation<T>(Phase phase, String label, String status, String progress, String failReason,
        T value) {
    public enum Phase { RUNNING, SUCCEEDED, FAILED }

    public Observation {
        status = status == null ? "" : status;
        progress = progress == null ? "" : progress;
        failReason = failReason == null ? "" : failReason;
    }

    public static <T> Observation<T> running(String label, String status, String progress, T value) {
        return new Observation<>(Phase.RUNNING, label, status, progress, "", value);
    }

    public static <T> Observation<T> succeeded(String label, String status, T value) {
        return new Observation<>(Phase.SUCCEEDED, label, status, "", "", value);
    }

    public static <T> Observation<T> failed(String label, String status, String failReason, T value) {
        return new Observation<>(Phase.FAILED, label, status, "", failReason, value);
    }

    /** The progress line users see: {@code ConstructDisasterRecovery on redis-a: Running 40%}. */
    public String line() {
        return label + ": " + status + (progress.isEmpty() ? "" : " " + progress);
    }
}
