package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled quickstart seed holds what the examples and the demo rely on. */
class QuickstartSeedTest extends EmulatorTestBase {

    private static JsonNode subnetOf(String project, JsonNode instance) {
        return cloud.get("/v1/" + project + "/subnets/" + instance.path("subnet_id").asText()).body().path("subnet");
    }

    @Test
    void redisInstancesFitAndUnfitForDr() {
        for (String[] fit : new String[][] {{P1, "redis-a-in12"}, {P3, "redis-b-in12"}, {P1, "redis-c-in12"},
                {P1, "redis-d-in12"}}) {
            JsonNode instance = geminiInstance(fit[0], fit[1]);
            assertEquals("8635", instance.path("port").asText(), fit[1]);
            assertEquals("10.", subnetOf(fit[0], instance).path("cidr").asText().substring(0, 3), fit[1]);
        }
        assertEquals("192.", subnetOf(P1, geminiInstance(P1, "redis-192-in12")).path("cidr").asText().substring(0, 4));
        assertEquals("6379", geminiInstance(P1, "redis-6379-in12").path("port").asText());
    }

    @Test
    void cassandraInstancesForActiveActive() {
        assertEquals("Cluster", geminiInstance(P1, "cass-a-in06").path("mode").asText());
        assertEquals("Cluster", geminiInstance(P3, "cass-b-in06").path("mode").asText());
        assertEquals("CloudNativeCluster", geminiInstance(P1, "cass-native-in06").path("mode").asText());
    }

    @Test
    void dwsAndDcs() {
        assertEquals("running", cloud.get("/v2/" + P1 + "/disaster-recovery/dws-dr-task-prod")
                .text("/disaster_recovery/status"));
        assertEquals("ha", cloud.get("/v2/" + P1 + "/instances/dcs-ha-01").text("/cache_mode"));
        assertEquals("cluster", cloud.get("/v2/" + P1 + "/instances/dcs-cluster-01").text("/cache_mode"));
    }

    @Test
    void demoCredentials() {
        assertEquals(200, CloudClient.withAkSk(emulator.baseUrl(), "DEMOACCESSKEY", "demo-secret-key",
                Clock.systemUTC()).get("/v3/projects").status());
        assertEquals(2, cloud.get("/v3/projects").body().path("projects").size());
    }
}
