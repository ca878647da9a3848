package dev.huaweidr.versions;

import static dev.huaweidr.acc.TerraformFeature.ACTIONS;
import static dev.huaweidr.acc.TerraformFeature.LIST_RESOURCES;
import static dev.huaweidr.acc.TerraformFeature.RESOURCE_IDENTITY;
import static dev.huaweidr.acc.TerraformFeature.WRITE_ONLY_ATTRIBUTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.ProjectRoot;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.TerraformFeature;
import dev.huaweidr.acc.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a team gets on each Terraform huaweidr supports ({@code TerraformVersions}: the oldest and the newest
 * in `make test`, every minor version in `make test-versions`): the quickstart's resources and a data source
 * on every one; write-only attributes, resource identity, actions and list resources where that Terraform has
 * them, and where it has not, a clear refusal (or, for actions on 1.13, nothing run) (docs/index.md,
 * "Terraform versions").
 */
class TerraformVersionsAccTest extends EmulatedAccTest {
    private static final String MATRIX = "dev.huaweidr.acc.TerraformVersions#matrix";
    private static final Path EXAMPLES = ProjectRoot.path().resolve("examples");
    private static final String PAIR = "huaweidr_geminidb_redis_dr_relationship.orders";
    private static final String LINK = "huaweidr_geminidb_cassandra_active_active.sessions";
    private static final String CONSTRUCT =
            "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";
    private static final String SWAP = "PUT /v2/{project_id}/instances/{instance_id}/async-swap";
    private static final String SECRET = "Wr1te-0nly-0n-1.11!";

    private static String pair(String password) {
        return "resource \"huaweidr_geminidb_redis_dr_relationship\" \"orders\" {\n"
                + "  alias = \"orders-dr\"\n" + password
                + "  primary {\n    instance_id = \"redis-a-in12\"\n  }\n"
                + "  standby {\n    instance_id = \"redis-b-in12\"\n    region      = \"ap-southeast-3\"\n  }\n}\n";
    }

    private static final String SESSIONS = "resource \"huaweidr_geminidb_cassandra_active_active\" \"sessions\" {\n"
            + "  instance_id             = \"cass-a-in06\"\n  destination_instance_id = \"cass-b-in06\"\n"
            + "  destination_region      = \"ap-southeast-3\"\n}\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource(MATRIX)
    void quickstartResourcesApplyPlanCleanShowDriftImportAndDestroy(TerraformCli terraform) {
        String resources = config(pair("  password = \"Demo-Passw0rd!\"\n") + SESSIONS
                + "data \"huaweidr_geminidb_redis_dr_status\" \"orders\" {\n"
                + "  instance_id = " + PAIR + ".primary.instance_id\n}\n");
        try (Workspace built = newWorkspace(terraform); Workspace adopted = newWorkspace(terraform)) {
            built.config(resources).apply();
            assertEquals("redis-a-in12", built.resource("data.huaweidr_geminidb_redis_dr_status.orders")
                    .path("values").path("master_instance_id").asText(), "the data source read the new pair");
            assertEquals(0, built.plan().exitCode(), "no changes right after apply");

            cloud.outOfBand("geminidb/redis-a-in12", "{\"action\":\"pause_sync\"}");
            TerraformCli.Result drift = built.plan();
            assertEquals(2, drift.exitCode(), drift.toString());
            assertTrue(drift.stdout().contains("~ data_sync"), "the plan shows what drifted:\n" + drift.stdout());

            adopted.config(resources);
            adopted.ok("import", PAIR, "redis-a-in12/ap-southeast-3:redis-b-in12");
            adopted.ok("import", LINK, "cass-a-in06");
            TerraformCli.Result afterImport = adopted.plan();
            assertEquals(2, afterImport.exitCode(),
                    "records the alias and password, resumes the sync:\n" + afterImport);
            assertFalse(afterImport.stdout().contains("must be replaced"), afterImport.stdout());

            adopted.destroy();
            TerraformCli.Result gone = built.plan();
            assertTrue(gone.stdout().contains("2 to add, 0 to change, 0 to destroy"),
                    "what was destroyed is read as gone:\n" + gone);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(MATRIX)
    void passwordWoWhereTerraformHasWriteOnlyAttributesAndAClearErrorWhereNot(TerraformCli terraform) {
        try (Workspace pair = newWorkspace(terraform)) {
            pair.env("TF_VAR_dr_password", SECRET).config(config(
                    "variable \"dr_password\" {\n  type      = string\n  sensitive = true\n}\n"
                            + pair("  password_wo         = var.dr_password\n  password_wo_version = 1\n")));
            if (has(terraform, WRITE_ONLY_ATTRIBUTES)) {
                pair.apply();
                assertEquals(2, cloud.calls(CONSTRUCT), "built on both sides");
                pair.destroy();
            } else {
                TerraformCli.Result plan = pair.run("plan", "-out=tfplan");
                assertEquals(1, plan.exitCode(), plan.toString());
                assertTrue(plan.stderr().contains("Error: Write-only attribute needs Terraform 1.11"), plan.stderr());
                assertTrue(plan.stderr().contains("password_wo         = var.dr_password"),
                        "at the attribute:\n" + plan);
                assertTrue(plan.stderr().contains("Set `password` instead"), plan.stderr());
                assertFalse(Files.exists(pair.dir().resolve("tfplan")), "no plan file");
                assertEquals(0, cloud.calls(CONSTRUCT), "nothing built");
                assertFalse(plan.output().contains(SECRET), plan.output());
            }
            assertFalse(pair.stateFile().contains(SECRET), "the password is in no state");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(MATRIX)
    void resourceIdentityInStateAndImportBlocksWhereTerraformHasIt(TerraformCli terraform) {
        try (Workspace built = newWorkspace(terraform); Workspace adopted = newWorkspace(terraform)) {
            built.config(config(SESSIONS)).apply();
            JsonNode instance = Workspace.json(built.stateFile()).path("resources").path(0).path("instances").path(0);
            assertEquals(has(terraform, RESOURCE_IDENTITY), instance.has("identity"), instance.toString());

            adopted.config(config(SESSIONS)).copy(EXAMPLES
                    .resolve("resources/huaweidr_geminidb_cassandra_active_active/import-by-identity.tf"));
            expect(terraform, RESOURCE_IDENTITY, adopted.plan(), "1 to import",
                    "An argument named \"identity\" is not expected here.");
            built.destroy();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(MATRIX)
    void actionsAndListResourcesWhereTerraformHasThem(TerraformCli terraform) {
        try (Workspace actions = newWorkspace(terraform); Workspace lists = newWorkspace(terraform)) {
            actions.config(config("")).copy(EXAMPLES.resolve("actions/huaweidr_dcs_swap/action.tf"));
            if (has(terraform, ACTIONS)) {
                actions.apply("-invoke=action.huaweidr_dcs_swap.cache");
                assertEquals(1, cloud.calls(SWAP), "invoked");
            } else {
                // The example's trigger fires after a create: an apply is where a user would expect the swap.
                TerraformCli.Result applied = actions.run("apply", "-auto-approve");
                if (terraform.version().atLeast("1.13")) {
                    assertEquals(0, applied.exitCode(), "1.13 reads action blocks, and ignores them:\n" + applied);
                } else {
                    assertEquals(1, applied.exitCode(), applied.toString());
                    assertTrue(applied.stderr().contains("Blocks of type \"action\" are not expected here."),
                            applied.stderr());
                }
                assertEquals(0, cloud.calls(SWAP), "nothing ran the action");
            }

            lists.config(config("")).copy(EXAMPLES.resolve("quickstart/discover.tfquery.hcl"));
            // Nothing to list in the seed's world: Terraform names each list block the provider answered.
            expect(terraform, LIST_RESOURCES, lists.run("query"), "list.huaweidr_geminidb_redis_dr_relationship.pairs",
                    "Terraform has no command named \"query\".");
        }
    }

    private static boolean has(TerraformCli terraform, TerraformFeature feature) {
        return terraform.version().has(feature);
    }

    /**
     * Where Terraform has {@code feature} the command succeeds (a plan may have changes) and says {@code works};
     * else it fails saying {@code refused}.
     */
    private static void expect(TerraformCli terraform, TerraformFeature feature, TerraformCli.Result result,
            String works, String refused) {
        if (has(terraform, feature)) {
            assertTrue(result.exitCode() != 1 && result.output().contains(works), result.toString());
        } else {
            assertEquals(1, result.exitCode(), result.toString());
            assertTrue(result.output().contains(refused), result.toString());
        }
    }
}
