package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/**
 * {@code huaweidr_dws_disaster_recovery_task} through the real Terraform against the emulator: made, paused,
 * started again, given a new sync period, drifting and repaired, destroyed; cross-region; a start that fails
 * after the task was made, and a creation slower than its timeout, each leaving the task recorded.
 */
class DwsDisasterRecoveryTaskAccTest extends EmulatedAccTest {
    static final String ADDRESS = "huaweidr_dws_disaster_recovery_task.dr";
    static final String ROUTE = "/v2/{project_id}/disaster-recovery/{disaster_recovery_id}";
    static final String CREATE = "POST /v2/{project_id}/disaster-recoveries";
    static final String START = "POST " + ROUTE + "/start";
    static final String PAUSE = "POST " + ROUTE + "/pause";
    static final String UPDATE = "PUT " + ROUTE;
    static final String DELETE = "DELETE " + ROUTE;
    /** A cross-AZ task between the seed's two spare clusters of ap-southeast-1. */
    static final String SPARE = "  name               = \"dr-spare\"\n  dr_type            = \"az\"\n"
            + "  primary_cluster_id = \"dws-spare-a\"\n  standby_cluster_id = \"dws-spare-b\"\n";

    /** The resource {@code dr} with these attribute lines. */
    static String task(String lines) {
        return "resource \"huaweidr_dws_disaster_recovery_task\" \"dr\" {\n" + lines + "}\n";
    }

    static String period(String value) {
        return "  dr_sync_period     = \"" + value + "\"\n";
    }

    /** The task named {@code name} as the emulator holds it, or a missing node. */
    static JsonNode inCloud(CloudEmulator cloud, String name) {
        for (JsonNode task : cloud.state().path("dws_dr_tasks")) {
            if (name.equals(task.path("name").asText())) {
                return task;
            }
        }
        return MissingNode.getInstance();
    }

    private JsonNode values() {
        return ws.resource(ADDRESS).path("values");
    }

    @Test
    void madeRunningThenPausedStartedGivenANewPeriodAndDestroyed() {
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        JsonNode made = values();
        assertEquals("running", made.path("status").asText());
        assertTrue(made.path("enabled").asBoolean());
        assertEquals("ap-southeast-1", made.path("region").asText());
        assertEquals("ap-southeast-1", made.path("standby_region").asText());
        assertTrue(made.path("standby_project_id").isNull(), "a cross-AZ task names no standby project");
        assertEquals("dws-spare-a", made.path("current_primary_cluster_id").asText());
        assertEquals("dws-spare-b", made.path("clusters").path(1).path("id").asText());
        assertEquals("restoring", made.path("clusters").path(1).path("status").asText());
        assertEquals(inCloud(cloud, "dr-spare").path("id").asText(), made.path("id").asText());
        assertEquals("running", inCloud(cloud, "dr-spare").path("status").asText());
        assertEquals(0, ws.plan().exitCode(), "a clean plan after the create");

        ws.config(config(task(SPARE + period("20m") + "  enabled            = false\n")));
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("~ enabled") && plan.stdout().contains("true -> false"), plan.stdout());
        assertTrue(plan.stdout().contains("1 to change"), "paused in place: " + plan.stdout());
        ws.apply();
        assertEquals("stopped", inCloud(cloud, "dr-spare").path("status").asText());
        assertEquals("stopped", values().path("status").asText());
        assertEquals(1, cloud.calls(PAUSE));

        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        assertEquals("running", inCloud(cloud, "dr-spare").path("status").asText());
        assertEquals(2, cloud.calls(START), "started at creation and again now");

        ws.config(config(task(SPARE + period("2H"))));
        String warned = ws.plan().output().replaceAll("\\s+", " ");
        assertTrue(warned.contains("The DWS DR task is paused to change its sync period"), warned);
        assertTrue(warned.contains("task dr-spare is paused, given 2H, and started again"), warned);
        ws.apply();
        JsonNode changed = inCloud(cloud, "dr-spare");
        assertEquals("2H", changed.path("dr_sync_period").asText());
        assertEquals("running", changed.path("status").asText(), "running again with the new period");
        assertEquals(2, cloud.calls(PAUSE), "DWS takes a new period only while the task is stopped");
        assertEquals(1, cloud.calls(UPDATE));
        assertEquals(3, cloud.calls(START));
        assertEquals(0, ws.plan().exitCode());

        String destroyed = ws.destroy().output().replaceAll("\\s+", " ");
        assertTrue(destroyed.contains("stops disaster recovery from dws-spare-a (primary) to dws-spare-b (standby)"),
                destroyed);
        assertTrue(inCloud(cloud, "dr-spare").isMissingNode(), "deleted");
        assertEquals(3, cloud.calls(PAUSE), "a running task is paused before it is deleted");
        assertEquals(1, cloud.calls(DELETE));
    }

    @Test
    void everyAttributeTheCloudReportsDriftsAndTheNextApplyRepairsIt() {
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        String id = values().path("id").asText();

        cloud.outOfBand("dws/" + id, "{\"action\":\"set_sync_period\",\"dr_sync_period\":\"1d\"}");
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("~ dr_sync_period") && plan.stdout().contains("\"1d\" -> \"20m\""),
                plan.stdout());
        ws.apply();
        assertEquals("20m", inCloud(cloud, "dr-spare").path("dr_sync_period").asText());

        cloud.outOfBand("dws/" + id, "{\"action\":\"set_status\",\"status\":\"stopped\"}");
        plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("~ enabled") && plan.stdout().contains("false -> true"), plan.stdout());
        ws.apply();
        assertEquals("running", inCloud(cloud, "dr-spare").path("status").asText());

        cloud.outOfBand("dws/" + id, "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        ws.ok("apply", "-refresh-only", "-auto-approve");
        assertEquals("abnormal", values().path("status").asText(), "the status is read on every refresh");
        assertTrue(values().path("enabled").asBoolean(), "abnormal says nothing about enabled: kept");
        assertEquals(0, ws.plan().exitCode(), "nothing a start or pause could do");

        cloud.outOfBand("dws/" + id, "{\"action\":\"delete\"}");
        plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("1 to add, 0 to change, 0 to destroy"), "made again: " + plan.stdout());
        ws.apply();
        assertEquals("running", inCloud(cloud, "dr-spare").path("status").asText());
        ws.destroy();
    }

    @Test
    void aCrossRegionTaskNamesTheStandbysRegionAndFindsItsProject() {
        ws.config(config(task("  name               = \"dr-far\"\n  dr_type            = \"region\"\n"
                + "  primary_cluster_id = \"dws-spare-a\"\n  standby_cluster_id = \"dws-spare-c\"\n"
                + "  standby_region     = \"ap-southeast-3\"\n" + period("1H") + "  enabled            = false\n")));
        ws.apply();
        JsonNode made = values();
        assertEquals("unstart", made.path("status").asText(), "made, not started");
        assertFalse(made.path("enabled").asBoolean());
        assertEquals("proj-ap-southeast-3", made.path("standby_project_id").asText(), "discovered through IAM");
        assertEquals("ap-southeast-3", made.path("clusters").path(1).path("region").asText());
        assertEquals(0, cloud.calls(START));
        assertEquals(0, ws.plan().exitCode());
        ws.destroy();
        assertEquals(0, cloud.calls(PAUSE), "a task that never ran is deleted at once");
        assertTrue(inCloud(cloud, "dr-far").isMissingNode());
    }

    @Test
    void aStartFailingAfterTheTaskWasMadeLeavesItRecordedNotTaintedAndTheNextApplyStartsIt() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/start$\",\"job_fail_reason\":\"standby unreachable\","
                + "\"times\":1}");
        ws.config(config(task(SPARE + period("20m"))));
        String made = ws.apply().output().replaceAll("\\s+", " ");
        assertTrue(made.contains("DWS DR task made, not started"), made);
        assertTrue(made.contains("start_failed"), "says how the start ended: " + made);
        assertFalse(ws.resource(ADDRESS).path("tainted").asBoolean(), "a task that exists is never made again");
        assertEquals("start_failed", values().path("status").asText());

        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("false -> true"), "the next plan starts it: " + plan.stdout());
        ws.apply();
        assertEquals("running", inCloud(cloud, "dr-spare").path("status").asText());
        assertEquals(1, cloud.calls(CREATE), "made once");
        assertEquals(2, cloud.calls(START));
        ws.destroy();
    }

    @Test
    void aLostAnswerToTheCreationIsReadBackByNameNotRepeated() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/disaster-recoveries$\",\"drop_response\":true,\"times\":1}");
        ws.config(config(task(SPARE + period("20m"))));
        ws.apply();
        assertEquals(1, cloud.calls(CREATE), "not repeated");
        assertEquals(inCloud(cloud, "dr-spare").path("id").asText(), values().path("id").asText(),
                "the task the lost answer made is the one recorded");
        assertEquals("running", values().path("status").asText());
        assertEquals(0, ws.plan().exitCode());
    }

    @Test
    void aCreationSlowerThanItsTimeoutIsRecordedAndTheNextApplyStartsTheTask() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/disaster-recoveries$\",\"job_millis\":6000,\"times\":1}");
        ws.config(config(task(SPARE + period("20m") + "  timeouts {\n    create = \"2s\"\n  }\n")));
        String timedOut = ws.apply().output().replaceAll("\\s+", " ");
        assertTrue(timedOut.contains("Timed out waiting for the DWS DR task to be built"), timedOut);
        assertTrue(timedOut.contains("timeouts.create"), "says how to wait longer: " + timedOut);
        assertFalse(ws.resource(ADDRESS).path("tainted").asBoolean());
        assertEquals("creating", values().path("status").asText());

        ws.apply();
        assertEquals("running", inCloud(cloud, "dr-spare").path("status").asText());
        assertEquals(1, cloud.calls(CREATE), "the task DWS was making is the one started");
        ws.destroy();
    }
}
