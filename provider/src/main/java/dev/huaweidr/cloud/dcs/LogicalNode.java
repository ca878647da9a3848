package dev.huaweidr.cloud.dcs;

/**
 * A node of a DCS instance with its role (spec §5.5).
 *
 * @param nodeType {@code master}, {@code slave} or {@code proxy}
 * @param status   {@code Creating}, {@code Active}, {@code Inactive}, {@code Deleting}, {@code AddSharding}
 */
public record LogicalNode(String logicalNodeId, String name, String status, String azCode, String nodeRole,
        String nodeType, String nodeIp, String nodePort, String nodeId, Integer priorityWeight, String groupId,
        String groupName) {

    public boolean isMaster() {
        return "master".equals(nodeType);
    }
}
