package dev.huaweidr.acc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Whether Terraform's state and the cloud agree on which DR relationships and active-active links exist:
 * no orphan (in the cloud, unknown to Terraform) and no phantom (in state, gone from the cloud). A pair is
 * named by its two instances in either order (a switchover swaps the roles), a link by source and peer.
 */
public final class CloudAgreement {
    private static final String REDIS = "huaweidr_geminidb_redis_dr_relationship";
    private static final String CASSANDRA = "huaweidr_geminidb_cassandra_active_active";

    private CloudAgreement() {
    }

    /** Fails with both lists when they differ; returns how many objects agree. */
    public static int assertAgree(Workspace ws, CloudEmulator cloud) {
        Set<String> inCloud = inCloud(cloud.state());
        Set<String> inState = inState(ws.state());
        assertEquals(inCloud, inState, "state and cloud disagree: in the cloud " + inCloud + ", in state " + inState);
        return inState.size();
    }

    /** The relationships and links {@code GET /_emulator/state} shows. */
    public static Set<String> inCloud(JsonNode world) {
        Set<String> found = new TreeSet<>();
        for (JsonNode pair : world.path("redis_dr_pairs")) {
            found.add(pair(pair.path("master_instance_id").asText(), pair.path("slave_instance_id").asText()));
        }
        for (JsonNode instance : world.path("geminidb_instances")) {
            JsonNode link = instance.path("dual_active_info");
            if ("master".equals(link.path("role").asText())) {
                found.add(link(instance.path("id").asText(), link.path("destination_instance_id").asText()));
            }
        }
        return found;
    }

    /** The relationships and links {@code terraform show -json} records, tainted ones included. */
    public static Set<String> inState(JsonNode state) {
        Set<String> found = new TreeSet<>();
        for (JsonNode resource : state.path("values").path("root_module").path("resources")) {
            JsonNode values = resource.path("values");
            String type = resource.path("type").asText();
            if (REDIS.equals(type)) {
                found.add(pair(values.path("primary").path("instance_id").asText(),
                        values.path("standby").path("instance_id").asText()));
            } else if (CASSANDRA.equals(type)) {
                found.add(link(values.path("instance_id").asText(), values.path("destination_instance_id").asText()));
            }
        }
        return found;
    }

    private static String pair(String a, String b) {
        return "redis " + String.join("+", Stream.of(a, b).sorted().toList());
    }

    private static String link(String source, String destination) {
        return "cassandra " + source + "->" + destination;
    }
}
