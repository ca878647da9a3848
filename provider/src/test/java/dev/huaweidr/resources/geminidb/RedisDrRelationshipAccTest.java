package dev.huaweidr.resources.geminidb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/** {@code huaweidr_geminidb_redis_dr_relationship} through the real Terraform against the emulator. */
class RedisDrRelationshipAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_redis_dr_relationship.pair";
    private static final String CONSTRUCT = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";
    private static final String SYNC = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/data-synchronization";

    static String pair(String primary, String standby, String standbyRegion, String dataSync) {
        return "resource \"huaweidr_geminidb_redis_dr_relationship\" \"pair\" {\n"
                + "  alias               = \"orders-dr\"\n"
                + "  password_wo         = \"Str0ng!Passw0rd\"\n"
                + "  password_wo_version = 1\n"
                + (dataSync == null ? "" : "  data_sync           = \"" + dataSync + "\"\n")
                + "  primary {\n    instance_id = \"" + primary + "\"\n  }\n"
                + "  standby {\n    instance_id = \"" + standby + "\"\n"
                + (standbyRegion == null ? "" : "    region      = \"" + standbyRegion + "\"\n")
                + "  }\n}\n";
    }

    private JsonNode values() {
        return ws.resource(ADDRESS).path("values");
    }

    @Test
    void crossRegionPairIsBuiltPausedResumedAndDestroyed() {
        ws.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null)));
        ws.apply();
        JsonNode pair = values();
        assertEquals("redis-a-in12/redis-b-in12", pair.path("id").asText());
        assertEquals("SYNCING", pair.path("sync_status").asText());
        assertEquals("running", pair.path("data_sync").asText());
        assertEquals("redis-a-in12", pair.path("current_primary_instance_id").asText());
        assertFalse(pair.path("disaster_recovery_id").asText().isEmpty());
        assertEquals("ap-southeast-1", pair.path("primary").path("region").asText(), "the provider's region");
        assertEquals("proj-ap-southeast-3", pair.path("standby").path("project_id").asText(), "discovered through IAM");
        assertEquals(2, cloud.calls(CONSTRUCT), "constructed once on each side");
        assertFalse(ws.stateFile().contains("Str0ng!Passw0rd"), "the write-only password never reaches state");
        assertEquals(0, ws.plan().exitCode(), "no changes right after apply");

        ws.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", "paused")));
        TerraformCli.Result pause = ws.plan();
        assertTrue(pause.stdout().contains("update in-place"), pause.stdout());
        ws.apply();
        assertEquals("SUSPENDED", values().path("sync_status").asText());
        assertEquals(2, cloud.calls(SYNC), "paused on both sides");
        assertEquals(0, ws.plan().exitCode());

        ws.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", "running")));
        ws.apply();
        assertEquals("SYNCING", values().path("sync_status").asText());
        assertEquals(2, cloud.calls(CONSTRUCT), "pause and resume never rebuild the pair");

        TerraformCli.Result destroy = ws.destroy();
        assertTrue(destroy.output().contains("Warning: Destroying a DR relationship"), destroy.output());
        assertFalse(inPair("redis-a-in12"), "deconstructed");
    }

    @Test
    void changingAnInstanceReplacesThePair() {
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        ws.apply();
        ws.config(config(pair("redis-c-in12", "redis-a-in12", null, null)));
        TerraformCli.Result plan = ws.plan();
        assertTrue(plan.stdout().contains("must be replaced"), plan.stdout());
        assertTrue(plan.stdout().contains("# forces replacement"), plan.stdout());
        ws.apply();
        assertEquals("redis-c-in12/redis-a-in12", values().path("id").asText());
        assertFalse(inPair("redis-d-in12"), "the old standby left the pair");
        ws.destroy();
    }

    /** Whether the emulator holds a DR pair with this instance in it. */
    private boolean inPair(String instanceId) {
        for (JsonNode pair : cloud.state().path("redis_dr_pairs")) {
            if (instanceId.equals(pair.path("master_instance_id").asText())
                    || instanceId.equals(pair.path("slave_instance_id").asText())) {
                return true;
            }
        }
        return false;
    }
}
