package dev.huaweidr.resources.dws;

import java.util.Set;

/**
 * What the status of a DWS DR task means to {@code huaweidr_dws_disaster_recovery_task}: whether the task
 * counts as enabled, whether it is on its way to another status, and which calls take it from where it is to
 * what a plan wants. DWS starts a task from {@code unstart}, {@code start_failed} or {@code stopped}, pauses it
 * from {@code running} or {@code stop_failed}, and changes its sync period only while it is {@code unstart} or
 * {@code stopped} (spec §4.4-4.6).
 */
final class DwsTaskStatus {
    /** Statuses a task passes through; a change waits until it has left them. */
    static final Set<String> TRANSITIONAL = Set.of("creating", "starting", "stopping", "switchovering", "deleting");
    /** Replicating, or on the way there; {@code stop_failed} too: the pause did not happen. */
    private static final Set<String> ENABLED = Set.of("running", "starting", "stop_failed");
    private static final Set<String> DISABLED = Set.of("creating", "create_failed", "unstart", "stopping", "stopped",
            "start_failed");
    private static final Set<String> PAUSABLE = Set.of("running", "stop_failed");
    private static final Set<String> STARTABLE = Set.of("unstart", "start_failed", "stopped");
    private static final Set<String> RECONFIGURABLE = Set.of("unstart", "stopped");

    private DwsTaskStatus() {
    }

    /**
     * {@code enabled} as the status shows it. A status that says nothing about it ({@code switchovering},
     * which may end running or stopped; {@code abnormal}, which neither start nor pause leaves) keeps the
     * {@code prior} value, so that it plans no start or pause the cloud would refuse; false when there is none.
     */
    static boolean enabled(String status, Boolean prior) {
        if (ENABLED.contains(status)) {
            return true;
        }
        if (DISABLED.contains(status)) {
            return false;
        }
        return prior != null && prior;
    }

    /**
     * The calls, in this order, that take a task in {@code status} to what the plan wants: a new sync period
     * ({@code newSyncPeriod}) and replication on or off ({@code enable}). A running task is paused for a new
     * period and started again after it. {@code refusal} says why no calls can do it (nothing is called then).
     */
    record Steps(boolean pause, boolean updateSyncPeriod, boolean start, String refusal) {
        static final Steps NONE = new Steps(false, false, false, null);

        private static Steps refused(String why) {
            return new Steps(false, false, false, why);
        }
    }

    /**
     * {@code status} is settled: not {@link #TRANSITIONAL}. A task whose status counts as {@code enable}
     * already (as {@link #enabled} reads it) needs no start or pause.
     */
    static Steps toReach(String status, boolean newSyncPeriod, boolean enable) {
        if (!newSyncPeriod && enabled(status, enable) == enable) {
            return Steps.NONE;
        }
        boolean running = PAUSABLE.contains(status);
        boolean pause = running && (!enable || newSyncPeriod);
        String paused = pause ? "stopped" : status;
        if (newSyncPeriod && !RECONFIGURABLE.contains(paused)) {
            return Steps.refused("DWS changes the sync period only while a task is unstart or stopped, and pauses "
                    + "only a running task (or one whose pause failed); the task is " + status + ".");
        }
        boolean start = enable && !(running && !pause);
        if (start && !STARTABLE.contains(paused)) {
            return Steps.refused("DWS starts a task only from unstart, start_failed or stopped; the task is "
                    + status + ".");
        }
        return new Steps(pause, newSyncPeriod, start, null);
    }
}
