package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/**
 * {@code huaweidr_dws_failover}, {@code _recovery}, {@code _switchover} and the
 * {@code huaweidr_dws_disaster_recovery} data source through the real Terraform against the emulator's DR task
 * {@code dws-dr-task-prod} (dr-prod: dws-prod primary, dws-dr standby, running).
 */
class DwsActionsAccTest extends EmulatedAccTest {
    private static final String TASK = "dws-dr-task-prod";
    static final String FAILOVER = "POST /v2/{project_id}/disaster-recovery/{disaster_recovery_id}/failover";
    private static final String SWITCHOVER =
            "POST /v2/{project_id}/disaster-recovery/{disaster_recovery_id}/switchover";
    private static final String ACTIONS = action("failover", null) + action("recovery", null)
            + action("switchover", null);

    static String action(String operation, String timeout) {
        return "action \"huaweidr_dws_" + operation + "\" \"x\" {\n  config {\n    disaster_recovery_id = \"" + TASK
                + "\"\n" + (timeout == null ? "" : "    timeout              = \"" + timeout + "\"\n") + "  }\n}\n";
    }

    private String invoke(String operation) {
        String out = ws.apply("-invoke=action.huaweidr_dws_" + operation + ".x").stdout();
        assertTrue(out.contains("Action complete: action.huaweidr_dws_" + operation + ".x"), out);
        return out;
    }

    @Test
    void failoverThenRecoveryThenSwitchover() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/failover$\",\"job_millis\":5000,\"times\":1}");
        ws.config(config(ACTIONS));
        String out = invoke("failover");
        String line = "Action action.huaweidr_dws_failover.x (triggered by CLI): ";
        int checked = out.indexOf(line + "Checked task dr-prod (" + TASK + ") through ap-southeast-1 (`region`): "
                + "running, primary dws-prod, standby dws-dr, last successful synchronization 2025-01-01T00:05:00");
        int warned = out.indexOf(line + "A failover loses data not yet synchronized: standby dws-dr becomes primary");
        int requested = out.indexOf(line + "Requested the failover through ap-southeast-1");
        assertTrue(checked >= 0 && warned > checked && requested > warned, "checks, warns, then starts:\n" + out);
        assertTrue(out.contains("changes made on dws-prod after the last successful synchronization "
                + "(2025-01-01T00:05:00) are lost"), out);
        assertTrue(out.contains(line + "dr-prod: switchovering (dws-prod primary stopped, dws-dr standby stopped)"),
                "follows the task through its transitional status:\n" + out);
        assertTrue(out.contains(line + "Failover complete: dws-dr is primary, the task is stopped"), out);
        JsonNode task = task();
        assertEquals("stopped", task.path("status").asText());
        assertEquals("primary", task.path("standby_cluster_role").asText(), "the roles swapped in the emulator");
        assertTrue(task.path("failed_over").asBoolean());

        out = invoke("recovery");
        assertTrue(out.contains("Recovering: the data in standby dws-prod is deleted and copied again from primary "
                + "dws-dr"), out);
        assertTrue(out.contains("Recovery complete: dws-dr replicates to dws-prod, the task is running"), out);
        assertEquals("running", task().path("status").asText());

        out = invoke("switchover");
        assertTrue(out.contains("Switchover complete: dws-prod is primary, dws-dr is standby, the task is running"),
                out);
        assertEquals("primary", task().path("primary_cluster_role").asText());
        assertEquals(1, cloud.calls(FAILOVER));
    }

    @Test
    void aTaskNotReadyForTheOperationIsRefusedBeforeAnyCall() {
        cloud.outOfBand("dws/" + TASK, "{\"action\":\"set_status\",\"status\":\"unstart\"}");
        ws.config(config(ACTIONS));
        TerraformCli.Result switchover = ws.run("apply", "-auto-approve",
                "-invoke=action.huaweidr_dws_switchover.x");
        assertEquals(1, switchover.exitCode(), switchover.toString());
        assertTrue(switchover.output().contains("Cannot start the switchover of DWS DR task " + TASK),
                switchover.output());
        assertTrue(switchover.output().contains("Task dr-prod (" + TASK + ") is unstart; a switchover can start only "
                + "from running. Nothing was changed."), "the API documents that status:\n" + switchover.output());
        assertEquals(0, cloud.calls(SWITCHOVER), "no switchover call was made");
        assertEquals("unstart", task().path("status").asText());

        cloud.outOfBand("dws/" + TASK, "{\"action\":\"set_status\",\"status\":\"stopped\"}");
        TerraformCli.Result recovery = ws.run("apply", "-auto-approve", "-invoke=action.huaweidr_dws_recovery.x");
        assertEquals(1, recovery.exitCode(), recovery.toString());
        assertTrue(recovery.output().contains("Failed recovering DWS DR task " + TASK + " through ap-southeast-1: "
                + "DWS.10204: The current status of the disaster recovery task does not support this operation. "
                + "(HTTP 400, POST /v2/proj-ap-southeast-1/disaster-recovery/" + TASK + "/recovery"),
                "only the cloud knows there was no failover, and says so with its code:\n" + recovery.output());

        ws.config(config(ACTIONS.replace(TASK, "dws-no-such-task")));
        TerraformCli.Result missing = ws.run("apply", "-auto-approve", "-invoke=action.huaweidr_dws_switchover.x");
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.output().contains("There is no DWS DR task dws-no-such-task in ap-southeast-1."),
                missing.output());
    }

    @Test
    void aFailedFailoverNamesTheTaskAndTheStatusItWentBackTo() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/failover$\",\"job_fail_reason\":\"standby unreachable\","
                + "\"times\":1}");
        ws.config(config(action("failover", null)));
        TerraformCli.Result result = ws.run("apply", "-auto-approve", "-invoke=action.huaweidr_dws_failover.x");
        assertEquals(1, result.exitCode(), result.toString());
        String out = result.output();
        assertTrue(out.contains("Failed failing over DWS DR task " + TASK), out);
        assertTrue(out.contains("DWS disaster recovery task " + TASK + " (dr-prod) failed with status running: the "
                + "task settled at running without roles swapped"), out);
        assertTrue(out.contains("Requested the failover through ap-southeast-1"), "says how far it got:\n" + out);
        assertEquals("primary", task().path("primary_cluster_role").asText(), "nothing swapped");
        assertEquals(1, cloud.calls(FAILOVER), "not repeated");
    }

    @Test
    void aFailoverOutlivingTheTimeoutEndsWithTheTasksLastStatus() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/failover$\",\"job_millis\":600000,\"times\":1}");
        ws.config(config(action("failover", "20s")));
        TerraformCli.Result result = ws.run("apply", "-auto-approve", "-invoke=action.huaweidr_dws_failover.x");
        assertEquals(1, result.exitCode(), result.toString());
        String out = result.output();
        assertTrue(out.contains("Timed out while failing over DWS DR task " + TASK + " through ap-southeast-1: DWS "
                + "disaster recovery task " + TASK + " (dr-prod) still switchovering"), out);
        assertTrue(out.contains("huaweidr_dws_disaster_recovery"), "says what to check before invoking again:\n" + out);
        assertEquals("switchovering", task().path("status").asText(), "still running in the cloud");
    }

    @Test
    void dataSourceShowsTheTaskAsTheEmulatorHoldsIt() {
        ws.config(config("data \"huaweidr_dws_disaster_recovery\" \"dr\" {\n  disaster_recovery_id = \"" + TASK
                + "\"\n}\n"));
        ws.apply();
        JsonNode dr = ws.resource("data.huaweidr_dws_disaster_recovery.dr").path("values");
        assertEquals("dr-prod", dr.path("name").asText());
        assertEquals("running", dr.path("status").asText());
        assertEquals("az", dr.path("dr_type").asText());
        assertEquals("30m", dr.path("dr_sync_period").asText());
        assertEquals("dws-prod", dr.path("primary_cluster_id").asText());
        assertEquals("dws-dr", dr.path("standby_cluster_id").asText());
        assertEquals("2025-01-01T00:05:00", dr.path("last_success_time").asText());
        assertEquals("ap-southeast-1", dr.path("region").asText());
        JsonNode primary = dr.path("clusters").path(0);
        assertEquals("dws-prod", primary.path("id").asText());
        assertEquals("primary", primary.path("role").asText());
        assertEquals("backuping", primary.path("status").asText());
        assertEquals("100%", primary.path("progress").asText());
        assertEquals("restoring", dr.path("clusters").path(1).path("status").asText());

        cloud.outOfBand("dws/" + TASK, "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        ws.apply();
        dr = ws.resource("data.huaweidr_dws_disaster_recovery.dr").path("values");
        assertEquals("abnormal", dr.path("status").asText(), "read again on every run");
        assertEquals("abnormal", dr.path("clusters").path(0).path("status").asText());
    }

    private JsonNode task() {
        return task(cloud, TASK);
    }

    /** DR task {@code id} as the emulator holds it. */
    static JsonNode task(CloudEmulator cloud, String id) {
        for (JsonNode task : cloud.state().path("dws_dr_tasks")) {
            if (id.equals(task.path("id").asText())) {
                return task;
            }
        }
        throw new AssertionError("no DWS task " + id);
    }
}
