package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.CassandraActiveActiveAccTest.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/**
 * An active-active link through a regional outage, from Terraform: built; the source's region stops answering
 * and the cloud moves the master role to the other side (the emulator's out-of-band takeover); a plan then
 * fails, naming what it could not read, and forgets nothing; once the region answers the link plans clean with
 * the roles as they are; the roles move back; the link is torn down.
 */
class CassandraActiveActiveOutageAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_cassandra_active_active.link";

    private String role() {
        ws.ok("apply", "-refresh-only", "-auto-approve");
        return ws.resource(ADDRESS).path("values").path("role").asText();
    }

    @Test
    void builtKeptThroughAnOutageOfTheSourcesRegionFailedBackAndTornDown() {
        ws.config(config(link("cass-a-in06", null, "cass-b-in06", "ap-southeast-3")));
        ws.apply();
        assertEquals("master", role());

        cloud.fault("{\"region\":\"ap-southeast-1\",\"reset_connection\":true}");
        cloud.outOfBand("geminidb/cass-a-in06", "{\"action\":\"swap_dual_active_roles\"}");
        TerraformCli.Result blind = ws.run("plan", "-detailed-exitcode");
        assertEquals(1, blind.exitCode(), "an unreadable link is an error, never a change:\n" + blind);
        String error = blind.failure();
        assertTrue(error.contains("cass-a-in06") && error.contains("ap-southeast-1"),
                "names the link and the region that did not answer: " + error);
        JsonNode kept = ws.resource(ADDRESS);
        assertEquals("cass-a-in06", kept.path("values").path("id").asText(), "the state still holds the link");

        cloud.clearFaults();
        assertEquals(0, ws.plan().exitCode(), "roles moving is not a change to plan");
        assertEquals("slave", role(), "the state shows the takeover once the region answers");

        cloud.outOfBand("geminidb/cass-a-in06", "{\"action\":\"swap_dual_active_roles\"}");
        assertEquals("master", role(), "failed back");

        ws.destroy();
        for (JsonNode instance : cloud.state().path("geminidb_instances")) {
            assertTrue(instance.path("dual_active_info").isMissingNode() || instance.path("dual_active_info").isNull(),
                    "torn down on both sides: " + instance);
        }
    }
}
