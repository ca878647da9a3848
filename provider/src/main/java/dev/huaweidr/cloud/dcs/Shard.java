package dev.huaweidr.cloud.dcs;

import java.util.List;
import java.util.Optional;

/**
 * A shard (group) of a DCS instance with its master and replicas (spec §5.6): {@link Dcs#shards}.
 *
 * @param groupId         the shard's id, which the shard switchover names
 * @param replicationList the shard's nodes, master and replicas
 */
public record Shard(String groupId, String groupName, List<ShardNode> replicationList) {
    public Shard {
        replicationList = replicationList == null ? List.of() : replicationList;
    }

    public Optional<ShardNode> master() {
        return replicationList.stream().filter(ShardNode::isMaster).findFirst();
    }

    public Optional<ShardNode> node(String nodeId) {
        return replicationList.stream().filter(n -> nodeId.equals(n.nodeId())).findFirst();
    }

    /** "group-0 (g-1)", or the id alone when the shard has no name. */
    public String describe() {
        return groupName == null || groupName.isEmpty() ? groupId : groupName + " (" + groupId + ")";
    }
}
