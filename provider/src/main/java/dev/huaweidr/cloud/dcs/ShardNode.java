package dev.huaweidr.cloud.dcs;

/**
 * A node of a DCS shard (spec §5.6; the API calls it a replication). Its {@code node_id} is what the shard
 * switchover promotes; the replication id is another id.
 *
 * @param replicationRole {@code master} or {@code slave}
 * @param status          {@code Active} or {@code Inactive}
 */
public record ShardNode(String replicationRole, String replicationIp, String replicationId, String nodeId,
        String status, String azCode) {

    public boolean isMaster() {
        return "master".equals(replicationRole);
    }

    /** "n-2 (10.1.1.62)". */
    public String describe() {
        return nodeId + " (" + replicationIp + ")";
    }
}
