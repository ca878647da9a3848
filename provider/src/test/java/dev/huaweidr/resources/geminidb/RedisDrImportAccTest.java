package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.RedisDrRelationshipAccTest.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Bringing an existing pair under management. The API never returns the alias and the password, so the
 * first apply after an import only records them: it must neither rebuild the pair nor call the cloud.
 */
class RedisDrImportAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_redis_dr_relationship.pair";
    private static final String CONSTRUCT = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";

    @Test
    void importWithTheCliThenPlanCleanAfterRecordingWhatTheApiDoesNotReturn() {
        String body = pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null);
        ws.config(config(body));
        ws.apply();
        try (Workspace other = newWorkspace()) {
            other.config(config(body));
            other.ok("import", ADDRESS, "redis-a-in12/ap-southeast-3:redis-b-in12");
            assertEquals("SYNCING", other.resource(ADDRESS).path("values").path("sync_status").asText());

            TerraformCli.Result plan = other.plan();
            assertFalse(plan.stdout().contains("must be replaced"), "an import never plans a rebuild:\n" + plan);
            int constructions = cloud.calls(CONSTRUCT);
            other.apply();
            assertEquals(constructions, cloud.calls(CONSTRUCT), "recording the alias does not touch the pair");
            assertEquals(0, other.plan().exitCode(), "clean after the first apply");
            other.ok("state", "rm", ADDRESS);
        }
        ws.destroy();
    }

    @Test
    void importBlockWithIdentity() {
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        ws.apply();
        try (Workspace other = newWorkspace()) {
            other.config(config(pair("redis-c-in12", "redis-d-in12", null, null)
                    + "import {\n  to = " + ADDRESS + "\n  identity = {\n"
                    + "    primary_instance_id = \"redis-c-in12\"\n    standby_instance_id = \"redis-d-in12\"\n  }\n}\n"));
            TerraformCli.Result plan = other.plan();
            assertTrue(plan.stdout().contains("1 to import"), plan.stdout());
            assertFalse(plan.stdout().contains("must be replaced"), plan.stdout());
            other.apply();
            assertEquals("redis-c-in12/redis-d-in12", other.resource(ADDRESS).path("values").path("id").asText());
            assertEquals(0, other.plan().exitCode());
            other.ok("state", "rm", ADDRESS);
        }
        ws.destroy();
    }
}
