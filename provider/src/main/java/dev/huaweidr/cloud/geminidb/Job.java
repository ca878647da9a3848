package dev.huaweidr.cloud.geminidb;

/**
 * A GeminiDB asynchronous job (spec §3.14).
 *
 * @param name     e.g. {@code ConstructDisasterRecovery}, {@code BuildBiActiveInstance}
 * @param status   {@code Running}, {@code Completed} or {@code Failed}
 * @param progress e.g. {@code 60%} while running, else ""
 */
public record Job(String id, String name, String status, String progress, String startTime, String endTime,
        Target instance, String failReason) {

    public boolean isCompleted() {
        return "Completed".equals(status);
    }

    public boolean isFailed() {
        return "Failed".equals(status);
    }

    /** {@code ConstructDisasterRecovery on redis-a}. */
    String label() {
        String on = instance == null ? "" : instance.name() != null && !instance.name().isEmpty()
                ? instance.name() : instance.id();
        return on == null || on.isEmpty() ? name : name + " on " + on;
    }

    /** The instance a job works on. */
    public record Target(String id, String name) {
    }
}
