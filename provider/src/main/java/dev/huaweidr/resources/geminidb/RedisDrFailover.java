package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
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
 * {@code huaweidr_geminidb_redis_dr_failover}: force-promotes the standby of a Redis DR pair without
 * touching the primary, for when the primary (or its region) is down.
 */
public final class RedisDrFailover implements Action {
    static final String TYPE = "huaweidr_geminidb_redis_dr_failover";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final String CHECK = "read the pair with the `huaweidr_geminidb_redis_dr_status` data source before "
            + "invoking it again.";

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .description("The GeminiDB Redis instance to promote: the standby of the DR pair."),
            ActionAttributes.region("that instance"),
            ActionAttributes.timeout(TIMEOUT))
            .description("Fails a GeminiDB Redis DR pair over: the standby is promoted to primary by force, "
                    + "without the primary taking part, for when the primary or its region is unavailable.\n\n"
                    + "**Cost:** writes to the old primary that had not reached the standby are **lost**, "
                    + "replication being asynchronous (the pair's `FAILOVER` RPO, see "
                    + "`huaweidr_geminidb_redis_dr_status`). Clients must reconnect to the new primary.\n\n"
                    + "**While the primary's region is down:** every call goes to `region`, the standby's, and "
                    + "none to the primary's, so the failover works when that region does not answer; the "
                    + "action's first progress line names the region it called.\n\n"
                    + "The instance must be the normal, idle standby of a built pair; when it is the primary "
                    + "already, the action does nothing. The relationship is kept: "
                    + "`huaweidr_geminidb_redis_dr_relationship` shows the new `current_primary_instance_id` "
                    + "on its next refresh, and is not replaced.\n\n"
                    + "APIs: `GET /v3/{project_id}/instances`, `GET .../disaster-recovery/data-synchronization`, "
                    + "`POST .../switchover-master` with `force: true`, `GET /v3/{project_id}/jobs`, "
                    + "`GET .../instance-role`."));

    record Config(String instanceId, String region, String timeout) {
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
        RedisDrStandby standby = new RedisDrStandby(cloud, region, config.instanceId());
        ActionProgress progress = new ActionProgress(op, TYPE);
        try {
            String refusal = standby.refusal();
            if (refusal != null) {
                ActionRefusal.report(op.diagnostics(), "Cannot fail over to " + standby.id(), refusal);
                return;
            }
            if (standby.isPrimary()) {
                progress.progress(standby.id() + " is the primary of its DR pair already: nothing to do");
                return;
            }
            String primary = standby.pair().masterInstanceId();
            progress.done("Checked the pair through " + region + ", the standby's region (the failover calls no "
                    + "other): " + primary + " is primary, " + standby.id() + " standby, " + standby.pair().status());
            progress.progress("A failover loses data not yet synchronized: " + standby.id() + " is promoted "
                    + "without " + primary + ", so writes to " + primary + " that have not reached it are lost");
            String job = standby.promote(true, progress);
            progress.done("Promotion job " + job + " completed");
            if (!standby.isPrimaryNow()) {
                op.diagnostics().error("Failover not visible", "Job " + job + " completed, but " + standby.id()
                        + " is not reported as the primary. It is not repeated automatically: " + CHECK);
                return;
            }
            progress.progress(standby.id() + " is now the primary of the DR pair");
        } catch (CloudException e) {
            CloudErrors.reportAction(op.diagnostics(), "failing over to " + standby.id(), e, progress.soFar(),
                    CHECK);
        }
    }
}
