package dev.huaweidr.resources.dcs;

import dev.huaweidr.cloud.ApiException;
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
 * {@code huaweidr_dcs_swap}: swaps master and replica of a master/standby DCS instance with the asynchronous
 * swap API, and checks from the node list that the master changed. A swap is a toggle with no reliable
 * read-back (a second one switches back), so it is never repeated automatically.
 */
public final class DcsSwap implements Action {
    static final String TYPE = "huaweidr_dcs_swap";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final String CHECK = "read the roles with the `huaweidr_dcs_instance_roles` data source before "
            + "invoking the swap again, since a second swap switches back.";

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .description("The DCS instance; it must be master/standby (cache mode `ha`) and `RUNNING`."),
            ActionAttributes.region("the instance"),
            ActionAttributes.timeout(TIMEOUT))
            .description("Swaps the master and the replica of a master/standby (`ha`) DCS Redis instance: the "
                    + "replica becomes the master.\n\n"
                    + "**Cost:** clients are interrupted for up to about 10 seconds while the roles change (the "
                    + "instance's address stays the same), and writes not yet replicated to the replica may be "
                    + "lost, replication being asynchronous.\n\n"
                    + "Before swapping, the action checks that the instance is `RUNNING`, master/standby and "
                    + "idle; afterwards it checks that the master changed and says which node is master now. "
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
            String refusal = instance == null ? "There is no DCS instance " + id + " in " + region + "."
                    : refusal(instance);
            LogicalNode master = refusal == null ? master(dcs.logicalNodes(id)) : null;
            if (refusal == null && master == null) {
                refusal = "Instance " + id + " lists no master node.";
            }
            if (refusal != null) {
                ActionRefusal.report(op.diagnostics(), cannot, refusal);
                return;
            }
            progress.done("Checked " + id + ": RUNNING, master/standby, master " + describe(master));
            progress.progress("Swapping master and replica: clients are interrupted for up to about 10 seconds, "
                    + "and writes not yet replicated to the replica may be lost");
            String job;
            try {
                job = dcs.asyncSwap(id);
            } catch (ApiException e) {
                if (!e.isBusy()) {
                    throw e;
                }
                // A task began after the check (another swap, perhaps): the cloud did not swap, nor does a retry.
                ActionRefusal.report(op.diagnostics(), cannot, busy(id) + " The cloud refused the swap: "
                        + e.getMessage() + ".");
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

    /** Why the instance cannot swap now, or null. */
    private static String refusal(DcsInstance instance) {
        String id = instance.instanceId();
        if (!"ha".equals(instance.cacheMode())) {
            return "Instance " + id + " has cache mode `" + instance.cacheMode() + "`: only master/standby (`ha`) "
                    + "instances swap master and replica as a whole (Proxy and Redis Cluster instances switch "
                    + "shard by shard).";
        }
        if (!"RUNNING".equals(instance.status())) {
            return "Instance " + id + " is " + instance.status() + "; a swap needs it RUNNING.";
        }
        if (instance.hasTask()) {
            return busy(id);
        }
        return null;
    }

    /** Why a busy instance is not swapped when it is free again. */
    private static String busy(String id) {
        return "A background task is running on instance " + id + ", perhaps another swap. A swap does not wait "
                + "for it: after another swap it would switch back. Once the task has finished, read the roles with "
                + "the `huaweidr_dcs_instance_roles` data source and invoke the swap again if it is still needed.";
    }

    private static LogicalNode master(List<LogicalNode> nodes) {
        return nodes.stream().filter(LogicalNode::isMaster).findFirst().orElse(null);
    }

    private static String describe(LogicalNode node) {
        return node.name() + " (" + node.nodeIp() + ")";
    }
}
