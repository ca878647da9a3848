package dev.huaweidr.emulator.model;

import java.util.ArrayList;
import java.util.List;

/** A GeminiDB instance (Redis, Cassandra, ...). Mutable: status, actions and the active-active link change. */
public final class GeminiInstance {
    public String id;
    public String name;
    public String projectId;
    public Datastore datastore;
    /** {@code Cluster}, {@code CloudNativeCluster}, {@code RedisCluster}, {@code Replication}, ... */
    public String mode;
    public String engine = "rocksDB";
    public int port = 8635;
    public String status = "normal";
    public String availabilityZone;
    public String vpcId;
    public String subnetId;
    public String securityGroupId;
    public String created = "2025-01-01T00:00:00";
    public List<GeminiGroup> groups = new ArrayList<>();
    /** Actions set out of band (drift); running jobs add theirs when the instance is shown. */
    public List<String> actions = new ArrayList<>();
    /** Regions an active-active link may go to; null = the region's default list. */
    public List<String> drRegionCodes;
    public DualActiveInfo dualActiveInfo;

    public List<String> nodeIps() {
        return groups.stream().flatMap(g -> g.nodes().stream()).map(GeminiNode::privateIp).toList();
    }

    public String specCode() {
        return groups.stream().flatMap(g -> g.nodes().stream()).map(GeminiNode::specCode).findFirst().orElse("");
    }
}
