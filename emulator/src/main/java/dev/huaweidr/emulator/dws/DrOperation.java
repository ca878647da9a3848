package dev.huaweidr.emulator.dws;

import dev.huaweidr.emulator.model.DwsDrTask;
import dev.huaweidr.emulator.model.World;

import java.util.Set;

/**
 * A DWS DR task operation: the statuses it is allowed from, the transitional status it passes through,
 * what success does, and the status a failure leaves ({@code null} = the status before the operation).
 */
enum DrOperation {
    CREATE(Set.of(), "creating", "create_failed") {
        @Override
        void succeed(World world, DwsDrTask task, long now) {
            task.status = "unstart";
        }
    },
    START(Set.of("unstart", "start_failed", "stopped"), "starting", "start_failed") {
        @Override
        void succeed(World world, DwsDrTask task, long now) {
            task.status = "running";
            task.startTime = now;
            task.lastSuccessTime = now;
        }
    },
    PAUSE(Set.of("running", "stop_failed"), "stopping", "stop_failed") {
        @Override
        void succeed(World world, DwsDrTask task, long now) {
            task.status = "stopped";
        }
    },
    SWITCHOVER(Set.of("running"), "switchovering", null) {
        @Override
        void succeed(World world, DwsDrTask task, long now) {
            task.swapRoles();
            task.status = "running";
        }
    },
    /**
     * For a failed primary or broken replication, so from any task that has replicated: also one whose start
     * failed, or one left {@code switchovering} by an operation that ended without settling it (no operation
     * runs: the busy check comes first).
     */
    FAILOVER(Set.of("running", "abnormal", "stopped", "stop_failed", "start_failed", "switchovering"),
            "switchovering", null) {
        @Override
        void succeed(World world, DwsDrTask task, long now) {
            task.swapRoles();
            task.failedOver = true;
            task.status = "stopped";
        }
    },
    RECOVERY(Set.of("stopped", "abnormal"), "starting", null) {
        @Override
        void succeed(World world, DwsDrTask task, long now) {
            task.failedOver = false;
            task.status = "running";
            task.lastSuccessTime = now;
        }
    },
    DELETE(Set.of("create_failed", "unstart", "start_failed", "stopped", "stop_failed", "abnormal"), "deleting",
            null) {
        @Override
        void succeed(World world, DwsDrTask task, long now) {
            world.dwsDrTasks.remove(task);
        }
    };

    final Set<String> allowedFrom;
    final String transitional;
    final String failedStatus;

    DrOperation(Set<String> allowedFrom, String transitional, String failedStatus) {
        this.allowedFrom = allowedFrom;
        this.transitional = transitional;
        this.failedStatus = failedStatus;
    }

    abstract void succeed(World world, DwsDrTask task, long now);

    /**
     * Start after a failover would replicate from the wrong side: a failed-over task only allows recovery
     * (and failover/delete); recovery needs a failover first.
     */
    boolean allowed(DwsDrTask task) {
        if (this == RECOVERY && !task.failedOver) {
            return false;
        }
        if (this == START && task.failedOver) {
            return false;
        }
        return allowedFrom.contains(task.status);
    }

    String jobKind() {
        return "dws.dr." + name().toLowerCase();
    }
}
