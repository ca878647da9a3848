package dev.huaweidr.resources.dcs;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.dcs.DcsInstance;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.resources.ActionRefusal;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The checks a DCS role change makes before it calls the cloud, shared by {@link DcsSwap} and
 * {@link DcsShardSwitchover}. Each says why the action cannot go on, or returns null. Only cache modes that
 * have no such switchover at all are refused, each with what to do instead (docs/cloud-contract.md says which
 * mode has which); a mode this provider does not know is left to the cloud.
 */
final class DcsChecks {
    /** Modes whose master and replica swap as a whole: master/standby, read/write split. */
    private static final Set<String> WHOLE = Set.of("ha", "ha_rw_split");
    /** Modes that switch shard by shard: Redis Cluster, Proxy Cluster. */
    private static final Set<String> SHARDED = Set.of("cluster", "proxy");
    private static final String SINGLE = "single";
    private static final Map<String, String> NAMES = Map.of("ha", "master/standby", "ha_rw_split",
            "read/write split", "cluster", "Redis Cluster", "proxy", "Proxy Cluster", SINGLE, "single-node");

    private DcsChecks() {
    }

    static String missing(String id, String region) {
        return "There is no DCS instance " + id + " in " + region + ".";
    }

    /** The instance's kind, e.g. "read/write split", or its cache mode when this provider does not know it. */
    static String kind(DcsInstance instance) {
        return NAMES.getOrDefault(instance.cacheMode(), "cache mode `" + instance.cacheMode() + "`");
    }

    /** Why the instance cannot swap master and replica as a whole now, or null. */
    static String swapRefusal(DcsInstance instance) {
        String id = instance.instanceId();
        if (SHARDED.contains(instance.cacheMode())) {
            return mode(instance) + ": its shards switch one by one, not the instance as a whole. Promote a "
                    + "replica of one shard with the `huaweidr_dcs_shard_switchover` action; the "
                    + "`huaweidr_dcs_instance_roles` data source lists the shards (`group_id`) and their nodes "
                    + "(`node_id`).";
        }
        return SINGLE.equals(instance.cacheMode()) ? noReplica(instance)
                : readiness(instance, "a swap", DcsSwap.busy(id));
    }

    /** Why the instance cannot switch a shard over now, or null. */
    static String shardSwitchoverRefusal(DcsInstance instance) {
        String id = instance.instanceId();
        if (WHOLE.contains(instance.cacheMode())) {
            return mode(instance) + ": it has one shard, whose master and replica swap with the `huaweidr_dcs_swap` "
                    + "action.";
        }
        return SINGLE.equals(instance.cacheMode()) ? noReplica(instance)
                : readiness(instance, "a shard switchover", DcsShardSwitchover.busy(id));
    }

    /**
     * Why an instance found busy by the cloud is not switched once it is free: the task may be another
     * {@code switching} ("swap", "switchover"), and doing this one after it would {@code undo} it.
     */
    static String busy(String id, String switching, String undo) {
        return "A background task is running on instance " + id + ", perhaps another " + switching + ". A "
                + switching + " does not wait for it: after another " + switching + " it would " + undo + ". Once "
                + "the task has finished, read the roles with the `huaweidr_dcs_instance_roles` data source and "
                + "invoke the " + switching + " again if it is still needed.";
    }

    /**
     * Starts a role change ({@code start}, a toggle) and returns its job id; or null when the cloud answered
     * that the instance is busy: a task began after the checks (another role change, perhaps), so the cloud
     * changed nothing, nor does a retry. That refusal is reported as {@code cannot} because of {@code busy}.
     */
    static String startUnlessBusy(Supplier<String> start, Diagnostics diagnostics, String cannot, String busy) {
        try {
            return start.get();
        } catch (ApiException e) {
            if (!e.isBusy()) {
                throw e;
            }
            ActionRefusal.report(diagnostics, cannot, busy + " The cloud refused: " + e.getMessage() + ".");
            return null;
        }
    }

    /** RUNNING and idle, else why not; {@code busy} when a background task runs. */
    private static String readiness(DcsInstance instance, String change, String busy) {
        if (!"RUNNING".equals(instance.status())) {
            return "Instance " + instance.instanceId() + " is " + instance.status() + "; " + change
                    + " needs it RUNNING.";
        }
        return instance.hasTask() ? busy : null;
    }

    private static String mode(DcsInstance instance) {
        return "Instance " + instance.instanceId() + " is " + kind(instance) + " (cache mode `"
                + instance.cacheMode() + "`)";
    }

    private static String noReplica(DcsInstance instance) {
        return mode(instance) + ": it has no replica to switch to, so neither `huaweidr_dcs_swap` nor "
                + "`huaweidr_dcs_shard_switchover` applies.";
    }
}
