package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.CassandraActiveActiveAccTest.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.ProjectRoot;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code terraform query} over the Cassandra active-active links the emulator holds, and the configuration it
 * generates: imported as is, it plans clean.
 */
class CassandraActiveActiveListAccTest extends EmulatedAccTest {
    private static final Path EXAMPLE = ProjectRoot.path()
            .resolve("examples/list-resources/huaweidr_geminidb_cassandra_active_active/list.tfquery.hcl");
    private static final String ADDRESS = "huaweidr_geminidb_cassandra_active_active.singapore_0";

    @Test
    void listsEachLinkOnceFromItsSourceAndTheGeneratedConfigurationImportsItCleanly() {
        ws.config(config(link("cass-a-in06", null, "cass-b-in06", "ap-southeast-3")));
        ws.apply();
        try (Workspace adopt = newWorkspace()) {
            adopt.config(config("")).copy(EXAMPLE);
            TerraformCli.Result query = adopt.ok("query");
            assertTrue(query.stdout().contains("instance_id=cass-a-in06,region=ap-southeast-1   "
                    + "cass-a <-> cass-b-in06 (ap-southeast-3)"), query.stdout());

            adopt.file("peer.tfquery.hcl", "list \"huaweidr_geminidb_cassandra_active_active\" \"peer\" {\n"
                    + "  provider = huaweidr\n  config {\n    region = \"ap-southeast-3\"\n  }\n}\n");
            TerraformCli.Result fromPeer = adopt.ok("query");
            assertFalse(fromPeer.stdout().contains("instance_id=cass-b-in06"), "the peer side is not a second link");
            adopt.file("peer.tfquery.hcl", "");

            adopt.ok("query", "-generate-config-out=generated.tf");
            TerraformCli.Result plan = adopt.plan();
            assertEquals(2, plan.exitCode(), plan.toString());
            assertTrue(plan.stdout().contains("Plan: 1 to import, 0 to add, 0 to change, 0 to destroy."),
                    plan.stdout());
            adopt.apply();
            assertEquals(0, adopt.plan().exitCode(), "clean after the import");
            assertEquals("normal", adopt.resource(ADDRESS).path("values").path("status").asText());
            adopt.ok("state", "rm", ADDRESS);
        }
        ws.destroy();
    }
}
