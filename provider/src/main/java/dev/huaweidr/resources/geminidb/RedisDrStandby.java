package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.geminidb.SyncStatus;
import dev.huaweidr.cloud.wait.ProgressListener;

/**
 * The instance a Redis DR switchover or failover promotes: the standby of a built pair (spec §3.10-3.12).
 * {@link #refusal()} checks it and reads its pair; {@link #promote} makes it the primary, one job.
 */
final class RedisDrStandby {
    private final Cloud cloud;
    private final GeminiDb api;
    private final String instanceId;
    private final String region;
    private SyncStatus pair;

    RedisDrStandby(Cloud cloud, String region, String instanceId) {
        this.cloud = cloud;
        this.api = cloud.geminiDb(region);
        this.instanceId = instanceId;
        this.region = region;
    }

    String id() {
        return instanceId;
    }

    /**
     * Why the instance cannot be promoted now, or null: it must be a GeminiDB Redis instance in a fully built
     * DR pair and, unless it is the primary already, normal and idle. Reads the pair for {@link #pair()}.
     */
    String refusal() {
        Instance instance = api.findInstance(instanceId, Look.now()).orElse(null);
        if (instance == null) {
            return "There is no GeminiDB instance " + instanceId + " in " + region + ".";
        }
        if (instance.datastore() == null || !"redis".equals(instance.datastore().type())) {
            return "Instance " + instanceId + " is not a GeminiDB Redis instance.";
        }
        pair = api.syncStatus(instanceId);
        if (!pair.isInPair()) {
            return "Instance " + instanceId + " is in no DR pair.";
        }
        if ("NEW".equals(pair.status())) {
            return "The DR pair of " + instanceId + " is still being built (NEW).";
        }
        return isPrimary() ? null : notIdle(instance, "promoted");
    }

    /** "Instance X is abnormal; it must be normal and idle to be {@code done}.", or null when it is. */
    static String notIdle(Instance instance, String done) {
        return instance.isIdle() ? null : "Instance " + instance.id() + " is " + instance.status()
                + (instance.actions().isEmpty() ? "" : " running " + String.join(", ", instance.actions()))
                + "; it must be normal and idle to be " + done + ".";
    }

    /** The pair as this instance reports it (after {@link #refusal()}). */
    SyncStatus pair() {
        return pair;
    }

    /** Whether it is the pair's primary already (after {@link #refusal()}). */
    boolean isPrimary() {
        return instanceId.equals(pair.masterInstanceId());
    }

    /** Promotes it, {@code force}d for a failover (the primary is left alone), and awaits the job. */
    String promote(boolean force, ProgressListener progress) {
        String job = api.switchoverMaster(instanceId, force);
        progress.progress("Started the promotion of " + instanceId + ": job " + job);
        cloud.waiter().await(api.watchJob(job), progress);
        return job;
    }

    /** Whether the cloud now gives it the primary role (the read-back the API documents). */
    boolean isPrimaryNow() {
        return "master".equals(api.instanceRole(instanceId));
    }
}
