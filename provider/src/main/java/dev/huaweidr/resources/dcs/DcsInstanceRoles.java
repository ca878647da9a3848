package dev.huaweidr.resources.dcs;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.dcs.Dcs;
import dev.huaweidr.cloud.dcs.DcsInstance;
import dev.huaweidr.cloud.dcs.LogicalNode;
import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.datasource.ReadData;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.CloudIds;
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.List;

/** {@code huaweidr_dcs_instance_roles}: a DCS instance's nodes with their master/replica roles, read now. */
public final class DcsInstanceRoles implements DataSource {
    static final String TYPE = "huaweidr_dcs_instance_roles";
    private static final Duration READ = Duration.ofMinutes(5);

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .description("The DCS instance."),
            Regions.attribute("Region of the instance; the provider's region when not set.").computed(),
            Attribute.string("name").computed().description("The instance's name."),
            Attribute.string("status").computed().description("The instance's status, e.g. `RUNNING`."),
            Attribute.string("cache_mode").computed()
                    .description("`single`, `ha` (master/standby), `ha_rw_split` (read/write split), `proxy` or "
                            + "`cluster`. `ha` and `ha_rw_split` swap master and replica with `huaweidr_dcs_swap`; "
                            + "`proxy` and `cluster` switch shard by shard with `huaweidr_dcs_shard_switchover`."),
            Attribute.of("master_ips", Type.list(Type.STRING)).computed()
                    .description("IP addresses of the master nodes (one per shard), in the node list's order."),
            Attribute.nested("nodes", NestingMode.LIST,
                    Attribute.string("logical_node_id").computed().description("The logical node's ID."),
                    Attribute.string("node_id").computed()
                            .description("The node's ID, which `huaweidr_dcs_shard_switchover` takes as `node_id`."),
                    Attribute.string("name").computed().description("The node's name."),
                    Attribute.string("role").computed().description("`master`, `slave` (replica) or `proxy`."),
                    Attribute.string("ip").computed().description("The node's IP address."),
                    Attribute.string("port").computed().description("The node's port."),
                    Attribute.string("availability_zone").computed().description("The node's availability zone."),
                    Attribute.string("group_id").computed()
                            .description("The shard (group) the node belongs to, which "
                                    + "`huaweidr_dcs_shard_switchover` takes as `group_id`."),
                    Attribute.string("group_name").computed().description("The shard's name."),
                    Attribute.string("status").computed()
                            .description("`Creating`, `Active`, `Inactive`, `Deleting` or `AddSharding`."))
                    .computed()
                    .description("Every node of the instance with its role."))
            .description("The nodes of a DCS Redis instance and which of them is master now, e.g. to check the "
                    + "outcome of `huaweidr_dcs_swap`, or to choose the replica `huaweidr_dcs_shard_switchover` "
                    + "promotes.\n\n"
                    + "APIs: `GET /v2/{project_id}/instances/{instance_id}`, `GET .../logical-nodes`."));

    record Roles(String instanceId, String region, String name, String status, String cacheMode,
            List<String> masterIps, List<Node> nodes) {
    }

    record Node(String logicalNodeId, String nodeId, String name, String role, String ip, String port,
            String availabilityZone, String groupId, String groupName, String status) {
        static Node of(LogicalNode n) {
            return new Node(n.logicalNodeId(), n.nodeId(), n.name(), n.nodeType(), n.nodeIp(), n.nodePort(),
                    n.azCode(), n.groupId(), n.groupName(), n.status());
        }
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
    public void read(ReadData op) {
        Roles config = op.config().as(Roles.class);
        Cloud cloud = CloudAccess.of(op, READ);
        String region = Regions.orHome(config.region(), cloud.region());
        Dcs dcs = cloud.dcs(region);
        try {
            DcsInstance instance = dcs.instance(config.instanceId());
            List<LogicalNode> nodes = dcs.logicalNodes(config.instanceId());
            op.setResult(new Roles(config.instanceId(), region, instance.name(), instance.status(),
                    instance.cacheMode(),
                    nodes.stream().filter(LogicalNode::isMaster).map(LogicalNode::nodeIp).toList(),
                    nodes.stream().map(Node::of).toList()));
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "reading DCS instance " + config.instanceId() + " in " + region, e);
        }
    }
}
