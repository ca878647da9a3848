package dev.huaweidr.acc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** The DCS roles and jobs as the emulator holds them, to check what an action did from the cloud's side. */
public final class EmulatedDcsRoles {
    private EmulatedDcsRoles() {
    }

    /** The master nodes' IPs of {@code instanceId}. */
    public static List<String> masterIps(CloudEmulator cloud, String instanceId) {
        return nodes(cloud, instanceId, null, "master").stream().map(n -> n.path("node_ip").asText()).toList();
    }

    /** The node ids of shard {@code groupId} of {@code instanceId} with role {@code role}. */
    public static List<String> shardNodes(CloudEmulator cloud, String instanceId, String groupId, String role) {
        return nodes(cloud, instanceId, groupId, role).stream().map(n -> n.path("node_id").asText()).toList();
    }

    /** How many jobs of {@code name} the emulator has run or runs. */
    public static int jobs(CloudEmulator cloud, String name) {
        int jobs = 0;
        for (JsonNode job : cloud.state().path("jobs")) {
            jobs += name.equals(job.path("name").asText()) ? 1 : 0;
        }
        return jobs;
    }

    private static List<JsonNode> nodes(CloudEmulator cloud, String instanceId, String groupId, String role) {
        for (JsonNode instance : cloud.state().path("dcs_instances")) {
            if (instanceId.equals(instance.path("instance_id").asText())) {
                return StreamSupport.stream(instance.path("nodes").spliterator(), false)
                        .filter(n -> role.equals(n.path("node_type").asText()))
                        .filter(n -> groupId == null || groupId.equals(n.path("group_id").asText())).toList();
            }
        }
        throw new AssertionError("no DCS instance " + instanceId);
    }
}
