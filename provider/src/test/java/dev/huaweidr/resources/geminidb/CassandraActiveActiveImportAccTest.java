package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.CassandraActiveActiveAccTest.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.Workspace;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Importing an active-active link records only what the cloud shows: the source instance in the region named,
 * with a link made from it. Otherwise the import fails and says what to import instead, and a state that
 * places the source in the wrong region is never taken for a link that is gone.
 */
class CassandraActiveActiveImportAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_cassandra_active_active.link";
    private static final String LINK_DELETE = "DELETE /v3/{project_id}/instances/{instance_id}/dual-active-relationship";
    private static final String BODY = link("cass-a-in06", null, "cass-b-in06", "ap-southeast-3");

    @Test
    void anImportIdInTheWrongRegionOrOfTheLinksDestinationIsRefusedWithTheIdToUse() {
        ws.config(config(BODY));
        ws.apply();
        try (Workspace other = newWorkspace()) {
            other.config(config(BODY));
            String error = other.run("import", ADDRESS, "ap-southeast-3:cass-a-in06").failure();
            assertTrue(error.contains("There is no GeminiDB instance cass-a-in06 in ap-southeast-3. It is in "
                    + "ap-southeast-1: import it with the import ID `cass-a-in06`."), error);

            error = other.run("import", ADDRESS, "ap-southeast-3:cass-b-in06").failure();
            assertTrue(error.contains("Instance cass-b-in06 in ap-southeast-3 is the destination of the active-active "
                    + "link made from cass-a-in06 in ap-southeast-1, and the resource manages a link from its source: "
                    + "import it with the import ID `cass-a-in06`."), error);
            assertEquals(Set.of(), CloudAgreement.inState(other.state()), "nothing was recorded");
        }
        ws.destroy();
    }

    @Test
    void anIdentityInTheWrongRegionIsRefusedAtPlanAndAnInstanceWithoutALinkHasNothingToImport() {
        ws.config(config(BODY + "import {\n  to = " + ADDRESS + "\n  identity = {\n"
                + "    instance_id = \"cass-a-in06\"\n    region = \"ap-southeast-3\"\n  }\n}\n"));
        String error = ws.plan().failure();
        assertTrue(error.contains("It is in ap-southeast-1: import it with the identity `instance_id = "
                + "\"cass-a-in06\", region = \"ap-southeast-1\"`."), error);

        error = ws.run("import", ADDRESS, "cass-a-in06").failure();
        assertTrue(error.contains("Instance cass-a-in06 in ap-southeast-1 has no active-active link: there is nothing "
                + "to import."), error);
    }

    @Test
    void aDestroyOfALinkRecordedInTheWrongRegionChangesNothingAndSaysHowToCorrectTheState() {
        ws.config(config(link("cass-a-in06", "ap-southeast-1", "cass-b-in06", "ap-southeast-3")));
        ws.apply();
        // What a state edited by hand may say: the source in the peer's region (and no project remembered for it).
        ObjectNode state = (ObjectNode) Workspace.json(ws.stateFile());
        for (JsonNode instance : state.path("resources").get(0).path("instances")) {
            ((ObjectNode) instance).remove("private");
            ((ObjectNode) instance.path("attributes")).put("region", "ap-southeast-3");
            ((ObjectNode) instance.path("identity")).put("region", "ap-southeast-3");
        }
        ws.file("terraform.tfstate", state.toPrettyString());

        String error = ws.run("destroy", "-auto-approve").failure();
        assertTrue(error.contains("The state records instance cass-a-in06 in ap-southeast-3, but it is in "
                + "ap-southeast-1. Nothing was changed in the cloud."), error);
        assertTrue(error.contains("with the ID `cass-a-in06`"), error);
        assertEquals(0, cloud.calls(LINK_DELETE), "nothing was removed");
        assertEquals(1, CloudAgreement.inCloud(cloud.state()).size(), "the link is still there");

        ws.ok("state", "rm", ADDRESS);
        ws.ok("import", ADDRESS, "cass-a-in06");
        ws.destroy();
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud));
    }

    @Test
    void aLinkMadeOutsideTheStateIsRefusedWithTheImportThatAdoptsIt() {
        ws.config(config(BODY));
        ws.apply();
        ws.ok("state", "rm", ADDRESS);

        String error = ws.run("apply", "-auto-approve").failure();
        assertTrue(error.contains("Already in an active-active link"), error);
        assertTrue(error.contains("`terraform import huaweidr_geminidb_cassandra_active_active.NAME cass-a-in06` "
                + "(NAME being this resource's name), or an `import` block with `id = \"cass-a-in06\"`"), error);

        ws.ok("import", ADDRESS, "cass-a-in06");
        assertEquals(0, ws.plan().exitCode());
        ws.destroy();
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud));
    }
}
