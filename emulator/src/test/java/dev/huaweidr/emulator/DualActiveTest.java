package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cassandra active-active links: regions, create, delete, rules, busy instances, failed jobs. */
class DualActiveTest extends EmulatorTestBase {
    private static final String LINK = "/v3/" + P1 + "/instances/cass-a-in06/dual-active-relationship";
    private static final String TO_B = "{\"destination_region\":\"ap-southeast-3\","
            + "\"destination_instance_id\":\"cass-b-in06\"}";

    @Test
    void regionsListTheAllowedDestinations() {
        Reply reply = cloud.get("/v3/" + P1 + "/instances/cass-a-in06/disaster-recovery/regions");
        assertEquals(200, reply.status());
        assertEquals("ap-southeast-3", reply.text("/region_codes/0"));
        assertEquals(404, cloud.get("/v3/" + P1 + "/instances/nope/disaster-recovery/regions").status());
    }

    @Test
    void createThenDeleteALink() {
        Reply created = cloud.post(LINK, TO_B);
        assertEquals(202, created.status());
        String jobId = created.text("/job_id");

        JsonNode running = cloud.get("/v3/" + P1 + "/jobs?id=" + jobId).body().path("jobs").path(0);
        assertEquals("BuildBiActiveInstance", running.path("name").asText());
        assertEquals("Running", running.path("status").asText());
        assertTrue(running.path("progress").asText().endsWith("%"));
        assertEquals("BuildBiActiveInstance", geminiInstance(P1, "cass-a-in06").at("/actions/0").asText());
        assertEquals("BuildBiActiveInstance", geminiInstance(P3, "cass-b-in06").at("/actions/0").asText());

        assertEquals("Completed", awaitGeminiJob(P1, jobId).path("status").asText());
        JsonNode a = geminiInstance(P1, "cass-a-in06");
        assertEquals("master", a.at("/dual_active_info/role").asText());
        assertEquals("normal", a.at("/dual_active_info/status").asText());
        assertEquals("cass-b-in06", a.at("/dual_active_info/destination_instance_id").asText());
        assertEquals("ap-southeast-3", a.at("/dual_active_info/destination_region").asText());
        JsonNode b = geminiInstance(P3, "cass-b-in06");
        assertEquals("slave", b.at("/dual_active_info/role").asText());
        assertEquals("cass-a-in06", b.at("/dual_active_info/destination_instance_id").asText());
        assertTrue(a.path("actions").isEmpty());

        Reply deleted = cloud.delete("/v3/" + P3 + "/instances/cass-b-in06/dual-active-relationship");
        assertEquals(202, deleted.status());
        assertEquals("ReleaseBiActiveInstance", awaitGeminiJob(P3, deleted.text("/job_id")).path("name").asText());
        assertFalse(geminiInstance(P1, "cass-a-in06").has("dual_active_info"));
        assertFalse(geminiInstance(P3, "cass-b-in06").has("dual_active_info"));
    }

    @Test
    void aBusyInstanceRefusesNewOperations() {
        assertEquals(202, cloud.post(LINK, TO_B).status());
        Reply busy = cloud.post(LINK, TO_B);
        assertEquals(403, busy.status());
        assertEquals("DBS.200019", busy.errorCode());
        assertEquals("DBS.200019", cloud.delete("/v3/" + P3 + "/instances/cass-b-in06/dual-active-relationship")
                .errorCode());
    }

    @Test
    void onlyClassicStorageCassandraCanLink() {
        Reply nativeSource = cloud.post("/v3/" + P1 + "/instances/cass-native-in06/dual-active-relationship", TO_B);
        assertEquals(400, nativeSource.status());
        assertEquals("DBS.280465", nativeSource.errorCode());
        Reply redis = cloud.post("/v3/" + P1 + "/instances/redis-a-in12/dual-active-relationship", TO_B);
        assertEquals("DBS.280465", redis.errorCode());
    }

    @Test
    void theDestinationRegionMustBeListed() {
        Reply reply = cloud.post(LINK, "{\"destination_region\":\"ap-southeast-1\","
                + "\"destination_instance_id\":\"cass-native-in06\"}");
        assertEquals(400, reply.status());
        assertEquals("DBS.200024", reply.errorCode());
    }

    @Test
    void missingFieldsAndUnknownDestinationsAreParameterErrors() {
        assertEquals("DBS.200001", cloud.post(LINK, "{\"destination_region\":\"ap-southeast-3\"}").errorCode());
        assertEquals("DBS.200001", cloud.post(LINK, "{\"destination_region\":\"ap-southeast-3\","
                + "\"destination_instance_id\":\"nope\"}").errorCode());
    }

    @Test
    void deletingWithoutALinkIsRefused() {
        Reply reply = cloud.delete(LINK);
        assertEquals(403, reply.status());
        assertEquals("DBS.200011", reply.errorCode());
    }

    @Test
    void aFailedBuildLeavesNoLink() {
        admin.post("/_emulator/faults", "{\"path\":\"dual-active-relationship$\",\"job_fail_reason\":\"network down\"}");
        Reply created = cloud.post(LINK, TO_B);
        assertEquals(202, created.status());
        JsonNode job = awaitGeminiJob(P1, created.text("/job_id"));
        assertEquals("Failed", job.path("status").asText());
        assertEquals("network down", job.path("fail_reason").asText());
        assertFalse(geminiInstance(P1, "cass-a-in06").has("dual_active_info"));
        assertFalse(geminiInstance(P3, "cass-b-in06").has("dual_active_info"));
    }
}
