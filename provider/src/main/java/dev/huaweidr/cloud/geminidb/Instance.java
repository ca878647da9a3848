package dev.huaweidr.cloud.geminidb;

import java.util.List;
import java.util.Objects;

/**
 * A GeminiDB instance as listed by {@code GET /v3/{project_id}/instances} (spec §3.4). Redis DR pairs are not
 * visible here: see {@link GeminiDb#syncStatus} and {@link GeminiDb#instanceRole}.
 *
 * @param port           the database port, a string in this API
 * @param mode           e.g. {@code Cluster} (classic storage), {@code CloudNativeCluster}, {@code Replication}
 * @param actions        operations in progress; empty when idle
 * @param dualActiveInfo the Cassandra active-active link; {@code null} when there is none
 */
public record Instance(String id, String name, String status, String port, String region, String availabilityZone,
        String mode, String engine, Datastore datastore, String vpcId, String subnetId, String securityGroupId,
        List<Group> groups, List<String> actions, DualActiveInfo dualActiveInfo) {

    public Instance {
        groups = groups == null ? List.of() : List.copyOf(groups);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** Idle and ready for the next operation: status {@code normal} and no action running. */
    public boolean isIdle() {
        return "normal".equals(status) && actions.isEmpty();
    }

    /** Private IPs of every node, as DR construction and precheck want them; nodes without an IP are skipped. */
    public List<String> nodeIps() {
        return groups.stream().flatMap(g -> g.nodes().stream()).map(Node::privateIp)
                .filter(ip -> ip != null && !ip.isEmpty()).toList();
    }

    /** The flavor of the first node that names one (all nodes share one), "" when none does. */
    public String specCode() {
        return groups.stream().flatMap(g -> g.nodes().stream()).map(Node::specCode).filter(Objects::nonNull)
                .findFirst().orElse("");
    }

    public record Datastore(String type, String version) {
    }

    public record Group(String id, String status, List<Node> nodes) {
        public Group {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
        }
    }

    public record Node(String id, String name, String status, String privateIp, String subnetId, String specCode,
            String availabilityZone) {
    }
}
