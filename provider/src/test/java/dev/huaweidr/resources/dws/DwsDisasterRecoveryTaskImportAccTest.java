package dev.huaweidr.resources.dws;

import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.ADDRESS;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.SPARE;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.period;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.ProjectRoot;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Importing a DWS DR task by import ID, import block and identity, each followed by a clean plan; imports that
 * name no task or the wrong region; a task made outside the state; and {@code terraform query} with the
 * configuration it generates. The seed's task {@code dws-dr-task-prod} ({@code dr-prod}: dws-prod to dws-dr,
 * every 30m, running) is the one imported; {@code dws-dr-task-xr} is a cross-region task from ap-southeast-1.
 */
class DwsDisasterRecoveryTaskImportAccTest extends EmulatedAccTest {
    private static final String SEEDED = "dws-dr-task-prod";
    private static final String PROD = task("  name               = \"dr-prod\"\n  dr_type            = \"az\"\n"
            + "  primary_cluster_id = \"dws-prod\"\n  standby_cluster_id = \"dws-dr\"\n" + period("30m"));
    private static final Path EXAMPLE = ProjectRoot.path()
            .resolve("examples/list-resources/huaweidr_dws_disaster_recovery_task/list.tfquery.hcl");

    private static String importBlock(String what) {
        return "import {\n  to = " + ADDRESS + "\n  " + what + "\n}\n";
    }

    @Test
    void importedByIdByImportBlockAndByIdentityEachPlansClean() {
        ws.config(config(PROD));
        TerraformCli.Result imported = ws.ok("import", ADDRESS, SEEDED);
        assertTrue(imported.stdout().contains("Import successful"), imported.stdout());
        assertEquals(0, ws.plan().exitCode(), "clean after the import");
        JsonNode values = ws.resource(ADDRESS).path("values");
        assertEquals("running", values.path("status").asText());
        assertTrue(values.path("enabled").asBoolean());
        assertEquals("dws-prod", values.path("current_primary_cluster_id").asText());
        assertEquals("ap-southeast-1", values.path("region").asText());

        for (String block : new String[] {"id = \"ap-southeast-1:" + SEEDED + "\"",
                "identity = {\n    disaster_recovery_id = \"" + SEEDED + "\"\n  }"}) {
            try (Workspace other = newWorkspace()) {
                other.config(config(PROD + importBlock(block)));
                TerraformCli.Result plan = other.plan();
                assertEquals(2, plan.exitCode(), plan.toString());
                assertTrue(plan.stdout().contains("Plan: 1 to import, 0 to add, 0 to change, 0 to destroy."),
                        plan.stdout());
                other.apply();
                assertEquals(0, other.plan().exitCode(), "clean after importing with " + block);
            }
        }
        assertEquals(0, cloud.changeCalls().size(), "importing changes nothing: " + cloud.changeCalls());
    }

    @Test
    void anImportThatNamesNoTaskIsRefusedAndRecordsNothing() {
        ws.config(config(PROD));
        String error = ws.run("import", ADDRESS, "ap-southeast-3:" + SEEDED).failure();
        assertTrue(error.contains("There is no DWS DR task " + SEEDED + " in ap-southeast-3. A task is managed in "
                + "the region of the cluster it was made from; name another region as "
                + "`[REGION:]DISASTER_RECOVERY_ID`."), error);
        error = ws.run("import", ADDRESS, "ap-southeast-3:dws-dr-task-xr").failure();
        assertTrue(error.contains("DWS DR task dr-xr (dws-dr-task-xr) shows in ap-southeast-3, its standby's region, "
                + "but it is managed in ap-southeast-1, where it was made from its primary cluster: import it with "
                + "the import ID `dws-dr-task-xr`."), error);
        error = ws.run("import", ADDRESS, "dws-no-such-task").failure();
        assertTrue(error.contains("There is no DWS DR task dws-no-such-task in ap-southeast-1."), error);
        assertTrue(ws.stateFile().isEmpty() || ws.resource(ADDRESS) == null, "nothing was recorded");
    }

    @Test
    void aCrossRegionTaskImportsWithItsStandbysProject() {
        String far = task("  name               = \"dr-far\"\n  dr_type            = \"region\"\n"
                + "  primary_cluster_id = \"dws-spare-a\"\n  standby_cluster_id = \"dws-spare-c\"\n"
                + "  standby_region     = \"ap-southeast-3\"\n" + period("1H"));
        ws.config(config(far));
        ws.apply();
        String id = ws.resource(ADDRESS).path("values").path("id").asText();
        try (Workspace other = newWorkspace()) {
            other.config(config(far));
            other.ok("import", ADDRESS, id);
            assertEquals("proj-ap-southeast-3", other.resource(ADDRESS).path("values").path("standby_project_id")
                    .asText(), "read from the task list, which names it");
            assertEquals(0, other.plan().exitCode());
            other.ok("state", "rm", ADDRESS);
        }
        ws.destroy();
    }

    @Test
    void aTaskMadeOutsideTheStateIsRefusedAtPlanWithTheImportThatAdoptsIt() {
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        String id = ws.resource(ADDRESS).path("values").path("id").asText();
        ws.ok("state", "rm", ADDRESS);

        String error = ws.plan().failure();
        assertTrue(error.contains("Cluster already in a DR task"), error);
        assertTrue(error.contains("The DR task dr-spare between dws-spare-a and dws-spare-b (running) exists "
                + "already, but this state does not hold it"), error);
        assertTrue(error.contains("`terraform import huaweidr_dws_disaster_recovery_task.NAME " + id + "`"), error);

        ws.ok("import", ADDRESS, id);
        assertEquals(0, ws.plan().exitCode());
        ws.destroy();
    }

    @Test
    void queryListsTheRegionsTasksAndTheGeneratedConfigurationImportsThemCleanly() {
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        try (Workspace adopt = newWorkspace()) {
            adopt.config(config("")).copy(EXAMPLE);
            TerraformCli.Result query = adopt.ok("query");
            assertTrue(query.stdout().matches("(?s).*disaster_recovery_id=" + SEEDED + ",region=ap-southeast-1 +"
                    + "dr-prod: dws-prod -> dws-dr \\(running\\).*"), query.stdout());
            assertTrue(query.stdout().contains("dr-spare: dws-spare-a -> dws-spare-b (running)"), query.stdout());

            assertTrue(query.stdout().contains("dr-xr: dws-xr-prod -> dws-xr-dr (running)"), "cross-region: "
                    + query.stdout());

            adopt.file("spare.tfquery.hcl", "list \"huaweidr_dws_disaster_recovery_task\" \"spare\" {\n"
                    + "  provider = huaweidr\n  config {\n    name_prefix = \"dr-sp\"\n  }\n}\n"
                    + "list \"huaweidr_dws_disaster_recovery_task\" \"far\" {\n"
                    + "  provider = huaweidr\n  config {\n    region = \"ap-southeast-3\"\n  }\n}\n");
            String rows = adopt.ok("query").stdout();
            List<String> spare = rows.lines()
                    .filter(l -> l.startsWith("list.huaweidr_dws_disaster_recovery_task.spare ")).toList();
            assertEquals(1, spare.size(), "the prefix leaves dr-prod and dr-xr out: " + spare);
            assertTrue(spare.get(0).contains("dr-spare: dws-spare-a -> dws-spare-b"), spare.get(0));
            assertFalse(rows.contains("list.huaweidr_dws_disaster_recovery_task.far "), "dr-xr shows in its "
                    + "standby's region too, and is listed only where it is managed:\n" + rows);
            adopt.file("spare.tfquery.hcl", "");

            adopt.ok("query", "-generate-config-out=generated.tf");
            TerraformCli.Result plan = adopt.plan();
            assertEquals(2, plan.exitCode(), plan.toString());
            assertTrue(plan.stdout().contains("Plan: 3 to import, 0 to add, 0 to change, 0 to destroy."),
                    plan.stdout());
            adopt.apply();
            assertEquals(0, adopt.plan().exitCode(), "clean after the import");
        }
    }
}
