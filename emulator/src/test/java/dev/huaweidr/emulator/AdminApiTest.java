package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API: faults, call counters, settings, out-of-band changes, reset and the state dump. */
class AdminApiTest extends EmulatorTestBase {
    private static final String LIST = "/v3/" + P1 + "/instances";
    private static final String CONSTRUCTION_KEY =
            "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";

    @Test
    void throttlingNTimesThenSuccess() {
        Reply added = admin.post("/_emulator/faults", "{\"method\":\"GET\",\"path\":\"/instances$\",\"status\":429,"
                + "\"retry_after_seconds\":2,\"times\":2}");
        assertEquals("f1", added.text("/id"));
        for (int i = 0; i < 2; i++) {
            Reply throttled = cloud.get(LIST);
            assertEquals(429, throttled.status());
            assertEquals("APIG.0308", throttled.errorCode());
            assertTrue(throttled.text("/error_msg").startsWith("The throttling threshold has been reached"));
            assertEquals("2", throttled.headers().firstValue("Retry-After").orElseThrow());
        }
        assertEquals(200, cloud.get(LIST).status());
    }

    @Test
    void anInjectedServiceErrorUsesTheServicesShape() {
        admin.post("/_emulator/faults", "{\"path\":\"async-swap\",\"status\":400,\"error_code\":\"DCS.4026\","
                + "\"error_msg\":\"busy\",\"times\":1}");
        Reply reply = cloud.put("/v2/" + P1 + "/instances/dcs-ha-01/async-swap", null);
        assertEquals(400, reply.status());
        assertEquals("DCS.4026", reply.errorCode());
        assertTrue(reply.body().has("error_ext_msg"));
        assertEquals(200, cloud.put("/v2/" + P1 + "/instances/dcs-ha-01/async-swap", null).status());
    }

    @Test
    void probabilityZeroNeverFires() {
        admin.post("/_emulator/faults", "{\"path\":\".*\",\"status\":500,\"probability\":0.0}");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, cloud.get(LIST).status());
        }
    }

    @Test
    void latencyDelaysTheAnswer() {
        admin.post("/_emulator/faults", "{\"path\":\"/instances$\",\"latency_ms\":300,\"times\":1}");
        long started = System.nanoTime();
        assertEquals(200, cloud.get(LIST).status());
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 300);
    }

    @Test
    void aLatencySettingDelaysEveryCloudCallUntilReset() {
        Reply set = admin.put("/_emulator/settings", "{\"latency_ms\":300}");
        assertEquals(300, set.body().path("latency_ms").asLong());
        assertEquals(JOB_MILLIS, set.body().path("job_millis").asLong(), "the other setting keeps its value");
        for (String path : new String[] {LIST, "/v3/" + P1 + "/jobs", "/v3/projects?name=ap-southeast-1"}) {
            long started = System.nanoTime();
            assertEquals(200, cloud.get(path).status());
            assertTrue((System.nanoTime() - started) / 1_000_000 >= 300, path);
        }
        assertEquals(400, admin.put("/_emulator/settings", "{\"latency_ms\":-1}").status());
        assertEquals(400, admin.put("/_emulator/settings", "{}").status());
        admin.post("/_emulator/reset", null);
        assertEquals(0, admin.get("/_emulator/settings").body().path("latency_ms").asLong());
    }

    @Test
    void aFaultMayMatchTheQueryToo() {
        admin.post("/_emulator/faults", "{\"path\":\"/instances$\",\"query\":\"datastore_type=\",\"status\":500}");
        assertEquals(500, cloud.get(LIST + "?datastore_type=cassandra&offset=0&limit=100").status());
        assertEquals(200, cloud.get(LIST + "?id=cass-a-in06").status());
        assertEquals(200, cloud.get(LIST).status(), "no query matches no query pattern");
        assertEquals("datastore_type=", admin.get("/_emulator/faults").body().path("faults").path(0).path("query")
                .asText());
        assertEquals(400, admin.post("/_emulator/faults", "{\"path\":\"x\",\"query\":\"(\"}").status());
    }

    @Test
    void resetConnectionDropsTheRequestWithoutAnAnswer() {
        // No "times": the client may retry a GET on a dropped connection, and the retry must be dropped too.
        admin.post("/_emulator/faults", "{\"path\":\"/instances$\",\"reset_connection\":true}");
        assertThrows(UncheckedIOException.class, () -> cloud.get(LIST));
        admin.delete("/_emulator/faults");
        assertEquals(200, cloud.get(LIST).status());
    }

    @Test
    void dropResponseAppliesTheRequestButLosesItsAnswer() {
        admin.post("/_emulator/faults", "{\"method\":\"POST\",\"path\":\"dual-active\",\"drop_response\":true,"
                + "\"times\":1}");
        assertThrows(UncheckedIOException.class, () -> cloud.post("/v3/" + P1
                + "/instances/cass-a-in06/dual-active-relationship",
                "{\"destination_region\":\"ap-southeast-3\",\"destination_instance_id\":\"cass-b-in06\"}"));
        clock.advanceMillis(JOB_MILLIS * 3);
        JsonNode source = cloud.get(LIST + "?id=cass-a-in06").body().path("instances").path(0);
        assertEquals("cass-b-in06", source.path("dual_active_info").path("destination_instance_id").asText(),
                "the link was built although nobody heard the answer");
    }

    @Test
    void jobMillisFaultMakesOneJobSlow() {
        admin.post("/_emulator/faults", "{\"path\":\"dual-active\",\"job_millis\":60000,\"times\":1}");
        Reply created = cloud.post("/v3/" + P1 + "/instances/cass-a-in06/dual-active-relationship",
                "{\"destination_region\":\"ap-southeast-3\",\"destination_instance_id\":\"cass-b-in06\"}");
        clock.advanceMillis(JOB_MILLIS * 3);
        JsonNode job = cloud.get("/v3/" + P1 + "/jobs?id=" + created.text("/job_id")).body().path("jobs").path(0);
        assertEquals("Running", job.path("status").asText());
    }

    @Test
    void deletingFaultsRemovesThem() {
        admin.post("/_emulator/faults", "{\"path\":\".*\",\"status\":503}");
        assertEquals(503, cloud.get(LIST).status());
        assertEquals(200, admin.delete("/_emulator/faults").status());
        assertEquals(200, cloud.get(LIST).status());
    }

    @Test
    void badFaultsAreRefused() {
        assertEquals(400, admin.post("/_emulator/faults", "{\"status\":429}").status(), "path or region");
        assertEquals(400, admin.post("/_emulator/faults", "{\"path\":\"(\"}").status());
        assertEquals(400, admin.post("/_emulator/faults", "{\"path\":\"x\",\"probability\":2}").status());
    }

    @Test
    void callsAreCountedPerRouteIncludingFaultedOnes() {
        admin.post("/_emulator/faults", "{\"path\":\"construction\",\"status\":429,\"times\":1}");
        assertEquals(429, RedisDrFlows.constructPrimary(cloud).status());
        assertEquals(202, RedisDrFlows.constructPrimary(cloud).status());
        cloud.get(LIST);
        JsonNode calls = admin.get("/_emulator/calls").body().path("calls");
        assertEquals(2, calls.path(CONSTRUCTION_KEY).asInt());
        assertEquals(1, calls.path("GET /v3/{project_id}/instances").asInt());
        admin.delete("/_emulator/calls");
        assertEquals(0, admin.get("/_emulator/calls").body().path("calls").size());
    }

    @Test
    void settingsChangeTheDefaultJobDuration() {
        assertEquals(200, admin.put("/_emulator/settings", "{\"job_millis\":60000}").status());
        Reply swap = cloud.put("/v2/" + P1 + "/instances/dcs-ha-01/async-swap", null);
        clock.advanceMillis(JOB_MILLIS * 3);
        assertTrue(cloud.get("/v2/" + P1 + "/jobs/" + swap.text("/job_id")).text("/status").matches("INIT|RUNNING"));
        assertEquals(400, admin.put("/_emulator/settings", "{\"job_millis\":-1}").status());
        admin.post("/_emulator/reset", null);
        assertEquals(JOB_MILLIS, admin.get("/_emulator/settings").body().path("job_millis").asLong());
    }

    @Test
    void outOfBandChangesApplyAtOnce() {
        RedisDrFlows.buildPair(cloud);
        admin.post("/_emulator/oob/geminidb/redis-a-in12", "{\"action\":\"failover\"}");
        assertEquals("master", RedisDrFlows.role(cloud, RedisDrFlows.B));
        admin.post("/_emulator/oob/geminidb/redis-a-in12", "{\"action\":\"pause_sync\"}");
        assertEquals("SUSPENDED", RedisDrFlows.syncStatus(cloud, RedisDrFlows.A));
        admin.post("/_emulator/oob/geminidb/redis-a-in12", "{\"action\":\"resume_sync\"}");
        assertEquals("SYNCING", RedisDrFlows.syncStatus(cloud, RedisDrFlows.A));
        admin.post("/_emulator/oob/geminidb/redis-a-in12", "{\"action\":\"deconstruct_dr\"}");
        assertEquals("NA", RedisDrFlows.syncStatus(cloud, RedisDrFlows.B));

        admin.post("/_emulator/oob/geminidb/redis-c-in12", "{\"action\":\"set_actions\",\"actions\":[\"RESTARTING\"]}");
        assertEquals("RESTARTING", geminiInstance(P1, "redis-c-in12").at("/actions/0").asText());
        assertEquals("DBS.200019", cloud.post("/v3/" + P1 + "/instances/redis-c-in12/disaster-recovery/precheck",
                "{\"operation\":\"deconstruction\"}").errorCode());

        admin.post("/_emulator/oob/dcs/dcs-ha-01", "{\"action\":\"set_status\",\"status\":\"ERROR\"}");
        assertEquals("ERROR", cloud.get("/v2/" + P1 + "/instances/dcs-ha-01").text("/status"));
        assertEquals(409, admin.post("/_emulator/oob/geminidb/redis-c-in12", "{\"action\":\"failover\"}").status());
        assertEquals(400, admin.post("/_emulator/oob/geminidb/redis-c-in12", "{\"action\":\"explode\"}").status());
        assertEquals(404, admin.post("/_emulator/oob/dws/nope", "{\"action\":\"set_status\",\"status\":\"x\"}")
                .status());
    }

    @Test
    void removeDualActiveOutOfBand() {
        Reply created = cloud.post("/v3/" + P1 + "/instances/cass-a-in06/dual-active-relationship",
                "{\"destination_region\":\"ap-southeast-3\",\"destination_instance_id\":\"cass-b-in06\"}");
        awaitGeminiJob(P1, created.text("/job_id"));
        admin.post("/_emulator/oob/geminidb/cass-b-in06", "{\"action\":\"remove_dual_active\"}");
        assertFalse(geminiInstance(P1, "cass-a-in06").has("dual_active_info"));
    }

    @Test
    void swapDualActiveRolesOutOfBand() {
        Reply created = cloud.post("/v3/" + P1 + "/instances/cass-a-in06/dual-active-relationship",
                "{\"destination_region\":\"ap-southeast-3\",\"destination_instance_id\":\"cass-b-in06\"}");
        awaitGeminiJob(P1, created.text("/job_id"));
        admin.post("/_emulator/oob/geminidb/cass-b-in06", "{\"action\":\"swap_dual_active_roles\"}");
        assertEquals("slave", geminiInstance(P1, "cass-a-in06").at("/dual_active_info/role").asText());
        assertEquals("master", geminiInstance(P3, "cass-b-in06").at("/dual_active_info/role").asText());
        assertEquals(409, admin.post("/_emulator/oob/geminidb/cass-native-in06",
                "{\"action\":\"swap_dual_active_roles\"}").status());
    }

    @Test
    void aFaultByRegionFailsEveryCallToThatRegionsProjectAndNothingElse() {
        Reply added = admin.post("/_emulator/faults", "{\"region\":\"ap-southeast-1\",\"status\":503}");
        assertEquals(200, added.status(), added.body().toString());
        assertEquals(503, cloud.get(LIST).status());
        assertEquals(503, cloud.get("/v2/" + P1 + "/disaster-recovery/dws-dr-task-xr").status());
        assertEquals(200, cloud.get("/v2/" + P3 + "/disaster-recovery/dws-dr-task-xr").status());
        assertEquals(200, cloud.get("/v3/projects?name=ap-southeast-1").status(), "IAM is global");
        assertEquals("ap-southeast-1", admin.get("/_emulator/faults").body().at("/faults/0/region").asText());
    }

    @Test
    void resetReturnsToTheSeedAndStateShowsTheModel() {
        admin.post("/_emulator/oob/dcs/dcs-ha-01", "{\"action\":\"set_status\",\"status\":\"ERROR\"}");
        admin.post("/_emulator/faults", "{\"path\":\".*\",\"status\":503}");
        admin.post("/_emulator/reset", null);
        assertEquals("RUNNING", cloud.get("/v2/" + P1 + "/instances/dcs-ha-01").text("/status"));
        JsonNode state = admin.get("/_emulator/state").body();
        assertEquals(9, state.path("geminidb_instances").size());
        assertEquals("proj-ap-southeast-1", state.at("/projects/0/id").asText());
    }

    @Test
    void theStateDumpHoldsNoDrPassword() {
        RedisDrFlows.buildPair(cloud);
        String state = admin.get("/_emulator/state").body().toString();
        assertFalse(state.contains("Str0ng!Pass"));
        assertTrue(state.contains("password_sha256"));
    }
}
