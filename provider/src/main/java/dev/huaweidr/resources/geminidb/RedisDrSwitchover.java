package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.geminidb.SyncStatus;
import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.ActionAttributes;
import dev.huaweidr.resources.ActionRefusal;
import dev.huaweidr.resources.ActionProgress;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.CloudIds;
import dev.huaweidr.resources.Regions;
import java.time.Duration;

/**
 * {@code huaweidr_geminidb_redis_dr_switchover}: the planned switchover of a Redis DR pair. The primary is
 * demoted first, then the standby promoted, each job awaited, so that no acknowledged write is lost.
 */
public final class RedisDrSwitchover implements Action {
    static final String TYPE = "huaweidr_geminidb_redis_dr_switchover";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final String CHECK = RedisDrFailover.CHECK + " If the primary was demoted but the standby not "
            + "promoted, `huaweidr_geminidb_redis_dr_failover` on the same instance completes the switch.";

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .description("The GeminiDB Redis instance to promote: the standby of the DR pair."),
            ActionAttributes.region("that instance"),
            Attribute.string("primary_region").optional()
                    .validators(Regions.validator())
                    .description("Region of the pair's current primary, which is demoted; `region` when not set."),
            ActionAttributes.timeout(TIMEOUT))
            .description("Switches a GeminiDB Redis DR pair over as planned: the primary is demoted to standby, "
                    + "then the standby promoted to primary, and replication goes on in the other direction.\n\n"
                    + "**Cost:** both instances refuse writes for a short while between the two steps (the "
                    + "pair's `SWITCHOVER` RTO, see `huaweidr_geminidb_redis_dr_status`); no data is lost, since "
                    + "the pair must be synchronizing (`SYNCING`). Clients must reconnect to the new primary.\n\n"
                    + "Both instances must be normal and idle; when the instance is the primary already, the "
                    + "action does nothing. The relationship is kept: `huaweidr_geminidb_redis_dr_relationship` "
                    + "shows the new `current_primary_instance_id` on its next refresh, and is not replaced.\n\n"
                    + "APIs: `GET /v3/{project_id}/instances`, `GET .../disaster-recovery/data-synchronization`, "
                    + "`POST .../switchover-slave` on the primary, `POST .../switchover-master` on the standby, "
                    + "`GET /v3/{project_id}/jobs`, `GET .../instance-role`."));

    record Config(String instanceId, String region, String primaryRegion, String timeout) {
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public void invoke(Invoke op) {
        Config config = op.config().as(Config.class);
        Cloud cloud = CloudAccess.of(op, ActionAttributes.timeout(config.timeout(), TIMEOUT));
        String region = Regions.orHome(config.region(), cloud.region());
        String primaryRegion = Regions.orHome(config.primaryRegion(), region);
        RedisDrStandby standby = new RedisDrStandby(cloud, region, config.instanceId());
        GeminiDb primaryApi = cloud.geminiDb(primaryRegion);
        ActionProgress progress = new ActionProgress(op, TYPE);
        try {
            String refusal = standby.refusal();
            if (refusal == null && !standby.isPrimary()) {
                refusal = primaryRefusal(primaryApi, standby.pair(), primaryRegion);
            }
            if (refusal != null) {
                ActionRefusal.report(op.diagnostics(), "Cannot switch over to " + standby.id(), refusal);
                return;
            }
            if (standby.isPrimary()) {
                progress.progress(standby.id() + " is the primary of its DR pair already: nothing to do");
                return;
            }
            String primary = standby.pair().masterInstanceId();
            progress.done("Checked the pair: " + primary + " is primary, " + standby.id() + " standby, SYNCING");
            progress.progress("Switching over: " + primary + " is demoted, then " + standby.id() + " promoted; "
                    + "writes are refused in between" + objectives(primaryApi.syncStatus(primary)));
            String demotion = primaryApi.switchoverSlave(primary);
            progress.progress("Started the demotion of " + primary + ": job " + demotion);
            cloud.waiter().await(primaryApi.watchJob(demotion), progress);
            progress.done("Demoted " + primary + " (job " + demotion + ")");
            String promotion = standby.promote(false, progress);
            progress.done("Promoted " + standby.id() + " (job " + promotion + ")");
            if (!standby.isPrimaryNow()) {
                op.diagnostics().error("Switchover not visible", "Both jobs completed, but " + standby.id()
                        + " is not reported as the primary. It is not repeated automatically: " + CHECK);
                return;
            }
            progress.progress(standby.id() + " is now the primary and " + primary + " the standby");
        } catch (CloudException e) {
            CloudErrors.reportAction(op.diagnostics(), "switching over to " + standby.id(), e, progress.soFar(),
                    CHECK);
        }
    }

    /** Why the pair's primary cannot be demoted now, or null. A planned switchover needs replication running. */
    private static String primaryRefusal(GeminiDb api, SyncStatus pair, String region) {
        if (!"SYNCING".equals(pair.status())) {
            return "A planned switchover needs the pair synchronizing (SYNCING); it is " + pair.status()
                    + ". Resume synchronization first, or use huaweidr_geminidb_redis_dr_failover.";
        }
        String id = pair.masterInstanceId();
        Instance primary = api.findInstance(id, Look.now()).orElse(null);
        if (primary == null) {
            return "The primary " + id + " is not in " + region + "; set `primary_region` to its region.";
        }
        return RedisDrStandby.notIdle(primary, "demoted");
    }

    /** "; expected RPO 0 s, RTO 30 s" when the primary reports its objectives for a switchover. */
    private static String objectives(SyncStatus onPrimary) {
        return onPrimary.rtoAndRpoIndicators().stream().filter(i -> "SWITCHOVER".equals(i.scene())).findFirst()
                .map(i -> "; expected RPO " + i.rpo() + " s, RTO " + i.rto() + " s").orElse("");
    }
}
