package dev.huaweidr.emulator.model;

/** A logical node of a DCS instance; {@code nodeType} is {@code master}, {@code slave} or {@code proxy}. */
public final class DcsNode {
    public String logicalNodeId;
    public String name;
    public String nodeType;
    public String nodeRole = "redis-server";
    public String nodeIp;
    public int nodePort = 6379;
    public String azCode;
    public String groupId;
    public String groupName;
    public String nodeId;
    public String status = "Active";
}
