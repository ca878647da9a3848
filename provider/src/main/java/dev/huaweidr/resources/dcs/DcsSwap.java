package dev.huaweidr.resources.dcs;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.dcs.Dcs;
import dev.huaweidr.cloud.dcs.DcsInstance;
import dev.huaweidr.cloud.dcs.LogicalNode;
import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.ActionAttributes;
import dev.huaweidr.resources.ActionProgress;
import dev.huaweidr.resources.ActionRefusal;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.CloudIds;
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.List;

/**
 * {@code huaweidr_dcs_swap}: swaps master and replica of a master/standby or read/write split DCS instance with
 * the asynchronous swap API, and checks from the node list that the master changed. A swap is a toggle with no
 * reliable read-back (a second one switches back), so it is never repeated automatically.
 */
public final class DcsSwap implements Action {
    static final String TYPE = "huaweidr_dcs_swap";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final String CHECK = "read the roles with the `huaweidr_dcs_instance_roles` data source before "
            + "invoking the swap again, since a second swap switches back.";

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .description("The DCS instance; it must be master/standby or read/write split (cache mode "
                            + "`ha` or `ha_rw_split`) and `RUNNING`."),
            ActionAttributes.region("the instance"),
            ActionAttributes.timeout(TIMEOUT))
            .description("Swaps the master and the replica of a master/standby (`ha`) or read/write split "
                    + "(`ha_rw_split`) DCS Redis instance: the replica becomes the master. Redis Cluster and Proxy "
                    + "Cluster instances switch shard by shard instead, with `huaweidr_dcs_shard_switchover`; a "
                    + "single-node instance has no replica.\n\n"
                    + "**Cost:** clients are interrupted for up to about 10 seconds while the roles change (the "
                    + "instance's address stays the same), and writes not yet replicated to the replica may be "
                    + "lost, replication being asynchronous.\n\n"
                    + "Before swapping, the action checks that the instance is `RUNNING`, of a kind that swaps "
                    + "and idle; afterwards it checks that the master changed and says which node is master now. "
                    + "A swap is never repeated automatically: a second one would switch back. For the same "
                    + "reason it does not wait for a background task on the instance, which may be another "
                    + "swap: it refuses, also when the cloud answers that a task began after the check, and "
                    + "changes nothing.\n\n"
                    + "APIs: `GET /v2/{project_id}/instances/{instance_id}`, `GET .../logical-nodes`, "
                    + "`PUT .../async-swap`, `GET /v2/{project_id}/jobs/{job_id}`."));

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
        String id = config.instanceId();
        String region = Regions.orHome(config.region(), cloud.region());
        Dcs dcs = cloud.dcs(region);
        ActionProgress progress = new ActionProgress(op, TYPE);
        String cannot = "Cannot swap DCS instance " + id;
        try {
            DcsInstance instance = dcs.findInstance(id).orElse(null);
            String refusal = instance == null ? DcsChecks.missing(id, region) : DcsChecks.swapRefusal(instance);
            LogicalNode master = refusal == null ? master(dcs.logicalNodes(id)) : null;
            if (refusal == null && master == null) {
                refusal = "Instance " + id + " lists no master node.";
            }
            if (refusal != null) {
                ActionRefusal.report(op.diagnostics(), cannot, refusal);
                return;
            }
            progress.done("Checked " + id + ": RUNNING, " + DcsChecks.kind(instance) + ", master " + describe(master));
            progress.progress("Swapping master and replica: clients are interrupted for up to about 10 seconds, "
                    + "and writes not yet replicated to the replica may be lost");
            String job = DcsChecks.startUnlessBusy(() -> dcs.asyncSwap(id), op.diagnostics(), cannot, busy(id));
            if (job == null) {
                return;
            }
            progress.done("Started swap job " + job);
            cloud.waiter().await(dcs.watchJob(job), progress);
            progress.done("Swap job " + job + " succeeded");
            LogicalNode now = master(dcs.logicalNodes(id));
            if (now == null || now.logicalNodeId().equals(master.logicalNodeId())) {
                op.diagnostics().error("Master unchanged on DCS instance " + id, "Swap job " + job + " succeeded, "
                        + "but the node list shows " + (now == null ? "no master" : describe(now) + " still as master")
                        + ". The swap is not repeated automatically: " + CHECK);
                return;
            }
            progress.progress("Master is now " + describe(now) + "; " + describe(master) + " is the replica");
        } catch (CloudException e) {
            CloudErrors.reportAction(op.diagnostics(), "swapping master and replica of DCS instance " + id, e,
                    progress.soFar(), CHECK);
        }
    }

    /** Why a busy instance is not swapped when it is free again. */
    static String busy(String id) {
        return DcsChecks.busy(id, "swap", "switch back");
    }

    private static LogicalNode master(List<LogicalNode> nodes) {
        return nodes.stream().filter(LogicalNode::isMaster).findFirst().orElse(null);
    }

    private static String describe(LogicalNode node) {
        return node.name() + " (" + node.nodeIp() + ")";
    }
}
