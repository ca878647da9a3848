package dev.huaweidr.emulator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A DCS (Redis) instance; {@code cacheMode} {@code ha} (master/standby) and {@code ha_rw_split} (read/write
 * split) swap as a whole, {@code cluster} and {@code proxy} switch shard by shard, {@code single} has no replica.
 */
public final class DcsInstance {
    public String instanceId;
    public String name;
    public String projectId;
    public String cacheMode;
    public String status = "RUNNING";
    public String engine = "Redis";
    public String engineVersion = "5.0";
    public String specCode;
    public double capacity = 1;
    public int port = 6379;
    public String ip;
    public String vpcId;
    public String subnetId;
    public String securityGroupId;
    public List<String> azCodes = new ArrayList<>();
    public List<DcsNode> nodes = new ArrayList<>();
    public String createdAt = "2025-01-01T00:00:00.000Z";
}
