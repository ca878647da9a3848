package dev.huaweidr.resources.dws;

import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.ADDRESS;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.CREATE;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.SPARE;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.UPDATE;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.inCloud;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.period;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What DWS requires of a task, met at plan time with an error at the attribute, before anything changes:
 * clusters that exist, are ready and are in no task; a free name; a status from which the change can be made.
 * The checks run again at apply; what only the cloud knows it refuses, and the error shows its code and message.
 */
class DwsDisasterRecoveryTaskRulesAccTest extends EmulatedAccTest {
    private static String spare(String primary, String standby, String name) {
        return task(SPARE.replace("dws-spare-a", primary).replace("dws-spare-b", standby).replace("dr-spare", name)
                + period("20m"));
    }

    @Test
    void clustersThatCannotBeJoinedFailThePlanAtTheirAttribute() {
        ws.config(config(spare("dws-nope", "dws-spare-b", "dr-spare")));
        String error = ws.plan().failure();
        assertTrue(error.contains("Cluster not found"), error);
        assertTrue(error.contains("There is no DWS cluster dws-nope in ap-southeast-1 that this account may use: "
                + "DWS.0015"), "quotes the cloud's answer: " + error);
        assertTrue(error.contains("primary_cluster_id = \"dws-nope\""), "at the attribute: " + error);

        cloud.outOfBand("dws/dws-spare-b", "{\"action\":\"set_status\",\"status\":\"UNAVAILABLE\"}");
        ws.config(config(spare("dws-spare-a", "dws-spare-b", "dr-spare")));
        error = ws.plan().failure();
        assertTrue(error.contains("Cluster not ready"), error);
        assertTrue(error.contains("DWS cluster dws-spare-b (dws-spare-b) is UNAVAILABLE; a DR task is made from "
                + "clusters that are AVAILABLE or UNBALANCED."), error);
        assertTrue(error.contains("standby_cluster_id = \"dws-spare-b\""), "at the attribute: " + error);

        ws.config(config(spare("dws-spare-a", "dws-dr", "dr-spare")));
        error = ws.plan().failure();
        assertTrue(error.contains("Cluster dws-dr is in DR task dr-prod (dws-dr-task-prod, between dws-prod and "
                + "dws-dr) already, and a cluster can be in one DR task only"), error);
        assertTrue(error.contains("standby_cluster_id = \"dws-dr\""), "at the attribute: " + error);

        ws.config(config(spare("dws-prod", "dws-dr", "dr-again")));
        error = ws.plan().failure();
        assertTrue(error.contains("The DR task dr-prod between dws-prod and dws-dr (running) exists already"), error);
        assertTrue(error.contains("`terraform import huaweidr_dws_disaster_recovery_task.NAME dws-dr-task-prod`"),
                error);

        cloud.outOfBand("dws/dws-spare-b", "{\"action\":\"set_status\",\"status\":\"AVAILABLE\"}");
        ws.config(config(spare("dws-spare-a", "dws-spare-b", "dr-prod")));
        error = ws.plan().failure();
        assertTrue(error.contains("Name taken"), error);
        assertTrue(error.contains("DR task dws-dr-task-prod in ap-southeast-1 is named dr-prod already"), error);
        assertTrue(error.contains("name = \"dr-prod\""), "at the attribute: " + error);
        assertEquals(Map.of(), cloud.changeCalls(), "nothing was asked of the cloud but reads");
    }

    @Test
    void aClusterThatChangedAfterTheSavedPlanIsCheckedAgainAtApply() {
        ws.config(config(spare("dws-spare-a", "dws-spare-b", "dr-spare")));
        ws.ok("plan", "-out=tfplan");
        cloud.outOfBand("dws/dws-spare-b", "{\"action\":\"set_status\",\"status\":\"UNAVAILABLE\"}");
        String error = ws.run("apply", "tfplan").failure();
        assertTrue(error.contains("DWS cluster dws-spare-b (dws-spare-b) is UNAVAILABLE"), error);
        assertEquals(0, cloud.calls(CREATE), "refused before anything was asked of the cloud");
        assertNull(ws.resource(ADDRESS), "nothing is recorded");
    }

    /**
     * After a failover the task is stopped and, as the emulator has it, cannot be started: only
     * {@code huaweidr_dws_recovery} sets it running again. The start {@code enabled = true} plans is refused by
     * the cloud, whose code and message the error shows; the state records the task as it is.
     */
    @Test
    void aStartTheCloudRefusesShowsItsCodeAndMessageAndTheTaskIsRecordedAsItIs() {
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        String id = ws.resource(ADDRESS).path("values").path("id").asText();
        ws.config(config(task(SPARE + period("20m")) + action("failover", id) + action("recovery", id)));
        ws.apply("-invoke=action.huaweidr_dws_failover.x");
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("false -> true"), "the failed-over task is stopped: " + plan.stdout());
        assertFalse(plan.stdout().contains("must be replaced"), "the roles swapped, nothing else: " + plan.stdout());

        String error = ws.run("apply", "-auto-approve").failure();
        assertTrue(error.contains("Failed changing DWS DR task dr-spare"), error);
        assertTrue(error.contains("DWS.10204: The current status of the disaster recovery task does not support this "
                + "operation. (HTTP 400, POST /v2/proj-ap-southeast-1/disaster-recovery/" + id + "/start"), error);
        assertEquals("stopped", ws.resource(ADDRESS).path("values").path("status").asText());
        assertEquals("dws-spare-b", ws.resource(ADDRESS).path("values").path("current_primary_cluster_id").asText());

        ws.apply("-invoke=action.huaweidr_dws_recovery.x");
        assertEquals(0, ws.plan().exitCode(), "recovered: running, as configured");
        String destroyed = ws.destroy().output().replaceAll("\\s+", " ");
        assertTrue(destroyed.contains("from dws-spare-b (primary) to dws-spare-a (standby)"),
                "names the roles as they are now: " + destroyed);
    }

    /** With {@code enabled} known only at apply, the plan leaves the check of a new period to the apply. */
    @Test
    void aChangeWhoseValuesAreKnownOnlyAtApplyIsPlannedAndCheckedThen() {
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        ws.config(config(task(SPARE + period("2H") + "  enabled            = terraform_data.flag.output\n")
                + "resource \"terraform_data\" \"flag\" {\n  input = true\n}\n"));
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertFalse(plan.output().contains("bug in huaweidr"), plan.output());
        ws.apply();
        assertEquals("2H", inCloud(cloud, "dr-spare").path("dr_sync_period").asText());
        assertEquals("running", inCloud(cloud, "dr-spare").path("status").asText());
    }

    private static String action(String operation, String id) {
        return "action \"huaweidr_dws_" + operation + "\" \"x\" {\n  config {\n    disaster_recovery_id = \"" + id
                + "\"\n  }\n}\n";
    }

    @Test
    void aChangeTheTasksStatusAllowsNoWayToIsRefusedAtPlanAtItsAttribute() {
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        String id = ws.resource(ADDRESS).path("values").path("id").asText();
        cloud.outOfBand("dws/" + id, "{\"action\":\"set_status\",\"status\":\"abnormal\"}");

        ws.config(config(task(SPARE + period("2H"))));
        String error = ws.plan().failure();
        assertTrue(error.contains("Cannot change DWS DR task dr-spare"), error);
        assertTrue(error.contains("DWS changes the sync period only while a task is unstart or stopped, and pauses "
                + "only a running task (or one whose pause failed); the task is abnormal."), error);
        assertTrue(error.contains("dr_sync_period = \"2H\""), "at the attribute: " + error);
        assertEquals(0, cloud.calls(UPDATE));
        assertEquals("20m", inCloud(cloud, "dr-spare").path("dr_sync_period").asText());
    }
}
