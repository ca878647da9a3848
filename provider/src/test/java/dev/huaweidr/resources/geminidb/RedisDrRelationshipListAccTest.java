package dev.huaweidr.resources.geminidb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.ProjectRoot;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code terraform query} over the Redis DR pairs the emulator holds, and the configuration it generates:
 * imported as is, it plans clean.
 */
class RedisDrRelationshipListAccTest extends EmulatedAccTest {
    private static final Path EXAMPLE = ProjectRoot.path()
            .resolve("examples/list-resources/huaweidr_geminidb_redis_dr_relationship/list.tfquery.hcl");
    private static final String CROSS_REGION = "primary_instance_id=redis-a-in12,primary_region=ap-southeast-1,"
            + "standby_instance_id=redis-b-in12,standby_region=ap-southeast-3   redis-a -> redis-b (ap-southeast-3)";
    private static final String SAME_REGION = "primary_instance_id=redis-c-in12,primary_region=ap-southeast-1,"
            + "standby_instance_id=redis-d-in12,standby_region=ap-southeast-1   redis-c -> redis-d (ap-southeast-1)";

    /** A cross-region pair and a same-region pair, built through Terraform. */
    private void buildTwoPairs() {
        ws.config(config(pair("cross", "redis-a-in12", "redis-b-in12", "ap-southeast-3")
                + pair("local", "redis-c-in12", "redis-d-in12", "ap-southeast-1")));
        ws.apply();
    }

    private static String pair(String name, String primary, String standby, String standbyRegion) {
        return "resource \"huaweidr_geminidb_redis_dr_relationship\" \"" + name + "\" {\n"
                + "  alias    = \"" + name + "-dr\"\n  password = \"Str0ng!Passw0rd\"\n"
                + "  primary {\n    instance_id = \"" + primary + "\"\n  }\n"
                + "  standby {\n    instance_id = \"" + standby + "\"\n"
                + "    region = \"" + standbyRegion + "\"\n  }\n}\n";
    }

    private static String list(String config) {
        return "list \"huaweidr_geminidb_redis_dr_relationship\" \"found\" {\n  provider = huaweidr\n"
                + "  config {\n" + config + "  }\n}\n";
    }

    @Test
    void listsEachPairOnceByItsPrimaryAndLooksForStandbysInTheGivenRegions() {
        buildTwoPairs();
        try (Workspace query = newWorkspace()) {
            query.config(config("")).file("list.tfquery.hcl", list(""));
            TerraformCli.Result homeOnly = query.ok("query");
            assertTrue(homeOnly.stdout().contains(SAME_REGION), homeOnly.stdout());
            assertFalse(homeOnly.stdout().contains("primary_instance_id=redis-d-in12"),
                    "each pair once, by its primary");
            assertFalse(homeOnly.stdout().contains("redis-a -> redis-b"), homeOnly.stdout());
            assertTrue(homeOnly.output().contains("Standby not found"), homeOnly.output());
            assertTrue(homeOnly.output().contains("replicates to redis-b-in12"), homeOnly.output());

            query.copy(EXAMPLE); // standby_regions = ["ap-southeast-3"]
            TerraformCli.Result both = query.ok("query");
            assertTrue(both.stdout().contains(CROSS_REGION) && both.stdout().contains(SAME_REGION), both.stdout());
            assertFalse(both.output().contains("Standby not found"), both.output());

            query.file("list.tfquery.hcl", list("    name_prefix = \"redis-c\"\n"));
            TerraformCli.Result filtered = query.ok("query");
            assertTrue(filtered.stdout().contains(SAME_REGION), filtered.stdout());
            assertFalse(filtered.stdout().contains("redis-a-in12"), filtered.stdout());
        }
        ws.destroy();
    }

    @Test
    void theGeneratedConfigurationImportsEveryPairAndPlansClean() throws IOException {
        buildTwoPairs();
        try (Workspace adopt = newWorkspace()) {
            adopt.config(config("")).copy(EXAMPLE);
            adopt.ok("query", "-generate-config-out=generated.tf");
            String generated = Files.readString(adopt.dir().resolve("generated.tf"));
            assertTrue(generated.contains("standby_region      = \"ap-southeast-3\""), generated);
            adopt.ok("validate");
            TerraformCli.Result plan = adopt.plan();
            assertEquals(2, plan.exitCode(), plan.toString());
            assertTrue(plan.stdout().contains("Plan: 2 to import, 0 to add, 0 to change, 0 to destroy."),
                    plan.stdout());
            adopt.apply();
            assertEquals(0, adopt.plan().exitCode(), "clean after the import");
            assertEquals("SYNCING", adopt.resource("huaweidr_geminidb_redis_dr_relationship.singapore_0")
                    .path("values").path("sync_status").asText());
            adopt.ok("state", "rm", "huaweidr_geminidb_redis_dr_relationship.singapore_0",
                    "huaweidr_geminidb_redis_dr_relationship.singapore_1");
        }
        ws.destroy();
    }
}
