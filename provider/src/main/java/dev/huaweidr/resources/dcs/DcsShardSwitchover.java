package dev.huaweidr.resources.dcs;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.dcs.Dcs;
import dev.huaweidr.cloud.dcs.DcsInstance;
import dev.huaweidr.cloud.dcs.Shard;
import dev.huaweidr.cloud.dcs.ShardNode;
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
import java.util.stream.Collectors;

/**
 * {@code huaweidr_dcs_shard_switchover}: promotes a chosen replica of one shard of a Redis Cluster or Proxy
 * Cluster DCS instance to that shard's master, with the shard switchover API, and checks from the shard list
 * that it is master afterwards. Like a swap it is never repeated automatically, and it does not wait out a busy
 * instance: the task may be another switchover of the same shard.
 */
public final class DcsShardSwitchover implements Action {
    static final String TYPE = "huaweidr_dcs_shard_switchover";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final String CHECK = "read the roles with the `huaweidr_dcs_instance_roles` data source before "
            + "invoking the switchover again.";

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .description("The DCS instance; it must be Redis Cluster or Proxy Cluster (cache mode "
                            + "`cluster` or `proxy`) and `RUNNING`."),
            Attribute.string("group_id").required()
                    .validators(CloudIds.validator())
                    .description("The shard whose master changes: its `group_id`, as `huaweidr_dcs_instance_roles` "
                            + "lists it for every node."),
            Attribute.string("node_id").required()
                    .validators(CloudIds.validator())
                    .description("The replica of that shard to promote to master: its `node_id` "
                            + "(`huaweidr_dcs_instance_roles`, a node with role `slave` in that shard)."),
            ActionAttributes.region("the instance"),
            ActionAttributes.timeout(TIMEOUT))
            .description("Switches one shard of a Redis Cluster or Proxy Cluster DCS instance over to a chosen "
                    + "replica: that replica becomes the shard's master and the master becomes a replica. The other "
                    + "shards are not touched. Master/standby and read/write split instances swap as a whole with "
                    + "`huaweidr_dcs_swap` instead.\n\n"
                    + "**Cost:** clients of that shard are briefly interrupted while the roles change, and writes "
                    + "not yet replicated to the chosen replica may be lost, replication being asynchronous.\n\n"
                    + "Before switching, the action checks that the instance is `RUNNING`, of a kind that switches "
                    + "shard by shard and idle, that the shard exists and that the node is one of its replicas; "
                    + "afterwards it reads the shard again and says which node is its master now. A switchover is "
                    + "never repeated automatically, and it does not wait for a background task on the instance, "
                    + "which may be another switchover: it refuses, also when the cloud answers that a task began "
                    + "after the check, and changes nothing.\n\n"
                    + "APIs: `GET /v2/{project_id}/instances/{instance_id}`, "
                    + "`GET /v2/{project_id}/instance/{instance_id}/groups`, "
                    + "`POST .../groups/{group_id}/replications/{node_id}/async-switchover`, "
                    + "`GET /v2/{project_id}/jobs/{job_id}`."));

    record Config(String instanceId, String groupId, String nodeId, String region, String timeout) {
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
        String cannot = "Cannot switch shard " + config.groupId() + " of DCS instance " + id;
        try {
            DcsInstance instance = dcs.findInstance(id).orElse(null);
            String refused = instance == null ? DcsChecks.missing(id, region)
                    : DcsChecks.shardSwitchoverRefusal(instance);
            if (refused != null) {
                ActionRefusal.report(op.diagnostics(), cannot, refused);
                return;
            }
            List<Shard> shards = dcs.shards(id);
            Shard shard = shards.stream().filter(s -> config.groupId().equals(s.groupId())).findFirst().orElse(null);
            // Terraform shows no attribute for an action's diagnostics, so the refusal names it.
            refused = shard == null ? noShard(id, config.groupId(), shards)
                    : notAReplica(shard, config.nodeId(), shards);
            if (refused != null) {
                ActionRefusal.report(op.diagnostics(), cannot, refused);
                return;
            }
            ShardNode master = shard.master().orElse(null);
            ShardNode chosen = shard.node(config.nodeId()).orElseThrow();
            progress.done("Checked " + id + ": RUNNING, " + DcsChecks.kind(instance) + ", shard " + shard.describe()
                    + " with master " + (master == null ? "none" : master.describe()) + " and replica "
                    + chosen.describe());
            progress.progress("Switching shard " + shard.describe() + " over to " + chosen.describe() + ": its "
                    + "clients are briefly interrupted, and writes not yet replicated to that replica may be lost");
            String job = DcsChecks.startUnlessBusy(() -> dcs.shardSwitchover(id, shard.groupId(), chosen.nodeId()),
                    op.diagnostics(), cannot, busy(id));
            if (job == null) {
                return;
            }
            progress.done("Started switchover job " + job);
            cloud.waiter().await(dcs.watchJob(job), progress);
            progress.done("Switchover job " + job + " succeeded");
            ShardNode now = dcs.shards(id).stream().filter(s -> shard.groupId().equals(s.groupId())).findFirst()
                    .flatMap(Shard::master).orElse(null);
            if (now == null || !chosen.nodeId().equals(now.nodeId())) {
                op.diagnostics().error("Replica not promoted in shard " + shard.describe(), "Switchover job " + job
                        + " succeeded, but the shard list shows " + (now == null ? "no master" : now.describe()
                        + " as its master") + ". The switchover is not repeated automatically: " + CHECK);
                return;
            }
            progress.progress("Shard " + shard.describe() + " has master " + now.describe() + " now"
                    + (master == null ? "" : "; " + master.describe() + " is a replica"));
        } catch (CloudException e) {
            CloudErrors.reportAction(op.diagnostics(), "switching shard " + config.groupId() + " of DCS instance "
                    + id + " over to " + config.nodeId(), e, progress.soFar(), CHECK);
        }
    }

    /** Why a busy instance is not switched over when it is free again. */
    static String busy(String id) {
        return DcsChecks.busy(id, "switchover", "switch the shard a second time");
    }

    private static String noShard(String id, String groupId, List<Shard> shards) {
        return "`group_id` " + groupId + " is no shard of instance " + id + ": "
                + (shards.isEmpty() ? "it lists no shards at all (DCS lists them for Redis 4.0 and later)."
                        : "its shards are " + shards.stream().map(Shard::describe).collect(Collectors.joining(", "))
                                + ".");
    }

    /** Why {@code nodeId} is not a replica of {@code shard}: its master, in another shard, or in none. */
    private static String notAReplica(Shard shard, String nodeId, List<Shard> shards) {
        ShardNode node = shard.node(nodeId).orElse(null);
        if (node != null) {
            return node.isMaster() ? "`node_id` " + node.describe() + " is the master of shard " + shard.describe()
                    + " already; choose one of its replicas: " + replicas(shard) + "." : null;
        }
        String where = shards.stream().filter(s -> s.node(nodeId).isPresent()).map(Shard::describe).findFirst()
                .map(s -> "is in shard " + s + ", not in " + shard.describe())
                .orElse("is no node of shard " + shard.describe());
        return "`node_id` " + nodeId + " " + where + ". Its replicas: " + replicas(shard) + ".";
    }

    private static String replicas(Shard shard) {
        String replicas = shard.replicationList().stream().filter(n -> !n.isMaster()).map(ShardNode::describe)
                .collect(Collectors.joining(", "));
        return replicas.isEmpty() ? "none" : replicas;
    }
}
