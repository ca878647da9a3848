package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.RedisDrRelationshipAccTest.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bringing an existing pair under management. The API never returns the alias and the password, so the
 * first apply after an import only records them: it must neither rebuild the pair nor call the cloud.
 */
class RedisDrImportAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_redis_dr_relationship.pair";
    private static final String CONSTRUCT = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";
    private static final String DECONSTRUCT =
            "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/deconstruction";

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
    void anImportIdWithoutTheStandbysRegionIsRefusedAndSaysWhichIdToUse() {
        ws.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null)));
        ws.apply();
        try (Workspace other = newWorkspace()) {
            other.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null)));
            String error = other.run("import", ADDRESS, "redis-a-in12/redis-b-in12").failure();
            assertTrue(error.contains("There is no GeminiDB instance redis-b-in12 in ap-southeast-1. It is in "
                    + "ap-southeast-3: import it with the import ID `redis-a-in12/ap-southeast-3:redis-b-in12`."), error);
            assertEquals(Set.of(), CloudAgreement.inState(other.state()), "nothing was recorded");

            other.ok("import", ADDRESS, "redis-a-in12/ap-southeast-3:redis-b-in12");
            assertEquals("ap-southeast-3", other.resource(ADDRESS).path("values").path("standby").path("region").asText());
            other.ok("state", "rm", ADDRESS);
        }
        ws.destroy();
    }

    @Test
    void anIdentityWithoutTheStandbysRegionIsRefusedAtPlanAndSaysWhatToSet() {
        ws.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null)));
        ws.apply();
        try (Workspace other = newWorkspace()) {
            other.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null)
                    + "import {\n  to = " + ADDRESS + "\n  identity = {\n"
                    + "    primary_instance_id = \"redis-a-in12\"\n    standby_instance_id = \"redis-b-in12\"\n  }\n}\n"));
            String error = other.plan().failure();
            assertTrue(error.contains("It is in ap-southeast-3: import it with the identity `primary_instance_id = "
                    + "\"redis-a-in12\", primary_region = \"ap-southeast-1\", standby_instance_id = \"redis-b-in12\", "
                    + "standby_region = \"ap-southeast-3\"`"), error);
        }
        ws.destroy();
    }

    @Test
    void instancesThatAreNotOnePairAreRefusedWithWhatToImportInstead() {
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        ws.apply();
        try (Workspace other = newWorkspace()) {
            other.config(config(pair("redis-c-in12", "redis-a-in12", null, null)));
            String error = other.run("import", ADDRESS, "redis-c-in12/redis-a-in12").failure();
            assertTrue(error.contains("redis-c-in12 is in a DR relationship with redis-d-in12, not with redis-a-in12. "
                    + "To import that relationship instead, use the import ID `redis-c-in12/redis-d-in12`."), error);

            error = other.run("import", ADDRESS, "redis-a-in12/ap-southeast-3:redis-b-in12").failure();
            assertTrue(error.contains("Neither redis-a-in12 nor redis-b-in12 is in a DR relationship: there is "
                    + "nothing to import."), error);

            error = other.run("import", ADDRESS, "redis-c-in12/redis-zz-in12").failure();
            assertTrue(error.contains("There is no GeminiDB instance redis-zz-in12 in ap-southeast-1, and it is in "
                    + "none of the account's other regions ap-southeast-3."), error);

            error = other.run("import", ADDRESS, "redis-c-in12/cass-a-in06").failure();
            assertTrue(error.contains("Instance cass-a-in06 in ap-southeast-1 is GeminiDB cassandra, not GeminiDB "
                    + "Redis."), error);
        }
        ws.destroy();
    }

    @Test
    void aDestroyOfAPairRecordedInTheWrongRegionChangesNothingAndSaysHowToCorrectTheState() {
        ws.config(config(pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null)));
        ws.apply();
        // What an import that named no region for the standby recorded before imports were checked.
        ws.file("terraform.tfstate", ws.stateFile().replace("ap-southeast-3", "ap-southeast-1"));

        String error = ws.run("destroy", "-auto-approve").failure();
        assertTrue(error.contains("The state records instance redis-b-in12 in ap-southeast-1, but it is in "
                + "ap-southeast-3. Nothing was changed in the cloud."), error);
        assertTrue(error.contains("`terraform import huaweidr_geminidb_redis_dr_relationship.NAME ID` with the ID "
                + "`redis-a-in12/ap-southeast-3:redis-b-in12`"), error);
        assertEquals(0, cloud.calls(DECONSTRUCT), "nothing was deconstructed");
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud), "the pair is in the cloud, and in state");

        ws.ok("state", "rm", ADDRESS);
        ws.ok("import", ADDRESS, "redis-a-in12/ap-southeast-3:redis-b-in12");
        ws.destroy();
        assertEquals(2, cloud.calls(DECONSTRUCT));
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud));
    }

    @Test
    void aPairBuiltOutsideTheStateIsRefusedWithTheImportThatAdoptsIt() {
        String body = pair("redis-c-in12", "redis-d-in12", null, null);
        ws.config(config(body));
        ws.apply();
        // A run killed after building the pair, before Terraform saved its state.
        ws.ok("state", "rm", ADDRESS);

        String error = ws.run("apply", "-auto-approve").failure();
        assertTrue(error.contains("Already in a DR relationship"), error);
        assertTrue(error.contains("`terraform import huaweidr_geminidb_redis_dr_relationship.NAME "
                + "redis-c-in12/redis-d-in12` (NAME being this resource's name), or an `import` block with "
                + "`id = \"redis-c-in12/redis-d-in12\"`"), error);
        assertEquals(Set.of(), CloudAgreement.inState(ws.state()), "nothing was recorded");

        ws.config(config(body + "import {\n  to = " + ADDRESS + "\n  id = \"redis-c-in12/redis-d-in12\"\n}\n"));
        ws.apply();
        assertEquals(2, cloud.calls(CONSTRUCT), "built once");
        assertEquals(0, ws.plan().exitCode());
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
