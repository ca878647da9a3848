package dev.huaweidr.resources.geminidb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import org.junit.jupiter.api.Test;

/** {@code huaweidr_geminidb_cassandra_active_active} through the real Terraform against the emulator. */
class CassandraActiveActiveAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_cassandra_active_active.link";

    static String link(String source, String sourceRegion, String destination, String destinationRegion) {
        return "resource \"huaweidr_geminidb_cassandra_active_active\" \"link\" {\n"
                + "  instance_id             = \"" + source + "\"\n"
                + (sourceRegion == null ? "" : "  region                  = \"" + sourceRegion + "\"\n")
                + "  destination_instance_id = \"" + destination + "\"\n"
                + "  destination_region      = \"" + destinationRegion + "\"\n}\n";
    }

    private JsonNode dualActiveInfo(String instanceId) {
        for (JsonNode instance : cloud.state().path("geminidb_instances")) {
            if (instanceId.equals(instance.path("id").asText())) {
                return instance.path("dual_active_info");
            }
        }
        throw new AssertionError("no instance " + instanceId);
    }

    /** The destroy warning names the roles as the refresh before it read them, after the cloud swapped them. */
    @Test
    void theDestroyWarningNamesTheRolesAsTheyAreNow() {
        ws.config(config(link("cass-a-in06", null, "cass-b-in06", "ap-southeast-3")));
        ws.apply();
        String planned = ws.run("plan", "-destroy").output().replaceAll("\\s+", " ");
        assertTrue(planned.contains("stops replication with cass-b-in06 (cass-a-in06 is master now, cass-b-in06 "
                + "slave)"), planned);

        cloud.outOfBand("geminidb/cass-a-in06", "{\"action\":\"swap_dual_active_roles\"}");
        String destroy = ws.destroy().output().replaceAll("\\s+", " ");
        assertTrue(destroy.contains("Destroying huaweidr_geminidb_cassandra_active_active for cass-a-in06 stops "
                + "replication with cass-b-in06 (cass-a-in06 is slave now, cass-b-in06 master)"), destroy);
    }

    @Test
    void createPlanCleanReplaceAndDestroy() {
        ws.config(config(link("cass-a-in06", null, "cass-b-in06", "ap-southeast-3")));
        ws.apply();
        JsonNode values = ws.resource(ADDRESS).path("values");
        assertEquals("cass-a-in06", values.path("id").asText());
        assertEquals("master", values.path("role").asText());
        assertEquals("normal", values.path("status").asText());
        assertEquals("ap-southeast-1", values.path("region").asText());
        assertEquals("cass-b-in06", dualActiveInfo("cass-a-in06").path("destination_instance_id").asText());
        assertEquals(0, ws.plan().exitCode());

        String reversed = link("cass-b-in06", "ap-southeast-3", "cass-a-in06", "ap-southeast-1");
        // The guard the documentation recommends stops the replacement at plan time.
        ws.config(config(reversed.replace("\n}\n", "\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n")));
        TerraformCli.Result guarded = ws.plan();
        assertEquals(1, guarded.exitCode(), guarded.toString());
        assertTrue(guarded.stderr().contains("Instance cannot be destroyed"), guarded.toString());

        ws.config(config(reversed));
        TerraformCli.Result plan = ws.plan();
        assertTrue(plan.stdout().contains("must be replaced"), plan.stdout());
        ws.apply();
        assertEquals("master", dualActiveInfo("cass-b-in06").path("role").asText(), "built from the other side now");

        ws.destroy();
        assertTrue(dualActiveInfo("cass-a-in06").isMissingNode() || dualActiveInfo("cass-a-in06").isNull());
    }

    @Test
    void aNonClassicInstanceIsRefusedAtPlanNamingTheAttribute() {
        ws.config(config(link("cass-native-in06", null, "cass-b-in06", "ap-southeast-3")));
        TerraformCli.Result plan = ws.plan();
        assertEquals(1, plan.exitCode(), plan.toString());
        assertTrue(plan.output().contains("Not classic storage"), plan.output());
        assertTrue(plan.output().contains("instance_id             = \"cass-native-in06\""), plan.output());
    }

    @Test
    void aLinkRemovedOutOfBandIsRecreatedAndAnImportPlansClean() {
        ws.config(config(link("cass-a-in06", null, "cass-b-in06", "ap-southeast-3")));
        ws.apply();
        cloud.outOfBand("geminidb/cass-a-in06", "{\"action\":\"remove_dual_active\"}");
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains(ADDRESS + " will be created"), plan.stdout());
        ws.apply();

        try (Workspace other = newWorkspace()) {
            other.config(config(link("cass-a-in06", null, "cass-b-in06", "ap-southeast-3")));
            other.ok("import", ADDRESS, "ap-southeast-1:cass-a-in06");
            assertEquals(0, other.plan().exitCode(), "an imported link plans clean");
            other.ok("state", "rm", ADDRESS);
        }
        TerraformCli.Result destroy = ws.destroy();
        assertFalse(destroy.output().contains("Error"), destroy.output());
    }
}
