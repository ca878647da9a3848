package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/**
 * The DWS actions while the production region is down, through the real Terraform: the emulator fails every
 * call to a project of ap-southeast-1 (a fault by region), and the cross-region task {@code dws-dr-task-xr}
 * (dws-xr-prod in ap-southeast-1 primary, dws-xr-dr in ap-southeast-3 standby) is failed over through the
 * standby's region, then failed back once the region answers again.
 */
class DwsFailoverDuringOutageAccTest extends EmulatedAccTest {
    private static final String TASK = "dws-dr-task-xr";
    private static final String OUTAGE = "{\"region\":\"ap-southeast-1\",\"reset_connection\":true}";

    /** The three DWS actions on the task, with {@code settings} (e.g. {@code standby_region = "..."}). */
    private static String actions(String settings) {
        StringBuilder hcl = new StringBuilder();
        for (String operation : new String[] {"failover", "recovery", "switchover"}) {
            hcl.append("action \"huaweidr_dws_").append(operation).append("\" \"xr\" {\n  config {\n")
                    .append("    disaster_recovery_id = \"").append(TASK).append("\"\n").append(settings)
                    .append("  }\n}\n");
        }
        return hcl.toString();
    }

    private TerraformCli.Result invoke(String operation) {
        return ws.run("apply", "-auto-approve", "-invoke=action.huaweidr_dws_" + operation + ".xr");
    }

    @Test
    void aFailoverWhileThePrimarysRegionIsDownGoesThroughTheStandbysThenFailsBackOnceItReturns() {
        ws.config(config(actions("    standby_region = \"ap-southeast-3\"\n")));
        cloud.fault(OUTAGE);

        TerraformCli.Result failover = invoke("failover");
        assertEquals(0, failover.exitCode(), failover.toString());
        String out = failover.stdout();
        String line = "Action action.huaweidr_dws_failover.xr (triggered by CLI): ";
        assertTrue(out.contains(line + "ap-southeast-1 did not answer, so the action calls through standby_region "
                + "ap-southeast-3 instead: GET /v2/proj-ap-southeast-1/disaster-recovery/" + TASK), out);
        assertTrue(out.contains(line + "Checked task dr-xr (" + TASK + ") through ap-southeast-3 (`standby_region`): "
                + "running, primary dws-xr-prod, standby dws-xr-dr"), out);
        assertTrue(out.contains(line + "Requested the failover through ap-southeast-3"), out);
        assertTrue(out.contains(line + "Failover complete: dws-xr-dr is primary, the task is stopped"),
                "reports the new roles:\n" + out);
        assertEquals("primary", task().path("standby_cluster_role").asText(), "failed over in the emulator");
        assertEquals(1, cloud.calls(DwsActionsAccTest.FAILOVER));

        cloud.clearFaults();
        TerraformCli.Result recovery = invoke("recovery");
        assertEquals(0, recovery.exitCode(), recovery.toString());
        assertTrue(recovery.stdout().contains("Checked task dr-xr (" + TASK + ") through ap-southeast-1 "
                + "(`region`): stopped, primary dws-xr-dr, standby dws-xr-prod"),
                "back to the first region once it answers:\n" + recovery.stdout());
        assertTrue(recovery.stdout().contains("Recovery complete: dws-xr-dr replicates to dws-xr-prod"),
                recovery.stdout());
        TerraformCli.Result switchover = invoke("switchover");
        assertEquals(0, switchover.exitCode(), switchover.toString());
        assertTrue(switchover.stdout().contains("Switchover complete: dws-xr-prod is primary, dws-xr-dr is standby, "
                + "the task is running"), "failed back:\n" + switchover.stdout());
        assertEquals("primary", task().path("primary_cluster_role").asText());
    }

    @Test
    void withoutStandbyRegionAFailoverWhileThePrimarysRegionIsDownSaysWhatToSetAndChangesNothing() {
        ws.config(config(actions("")));
        cloud.fault("{\"region\":\"ap-southeast-1\",\"status\":503}");
        TerraformCli.Result result = invoke("failover");
        assertEquals(1, result.exitCode(), result.toString());
        String out = result.output();
        assertTrue(out.contains("Failed failing over DWS DR task " + TASK), out);
        assertTrue(out.contains("(HTTP 503, GET /v2/proj-ap-southeast-1/disaster-recovery/" + TASK), out);
        assertTrue(out.contains("To call through the region of the task's standby cluster while ap-southeast-1 "
                + "does not answer, set `standby_region`."), out);
        assertTrue(out.contains("No step was completed."), out);
        assertEquals(0, cloud.calls(DwsActionsAccTest.FAILOVER));
    }

    /** {@code call_through = "standby_region"} calls only that region: the fault on the other is never met. */
    @Test
    void callThroughStandbyRegionNeverCallsTheFirstRegion() {
        ws.config(config(actions("    standby_region = \"ap-southeast-3\"\n"
                + "    call_through   = \"standby_region\"\n")));
        cloud.fault("{\"region\":\"ap-southeast-1\",\"status\":503,\"times\":100}");
        TerraformCli.Result failover = invoke("failover");
        assertEquals(0, failover.exitCode(), failover.toString());
        assertTrue(failover.stdout().contains("Checked task dr-xr (" + TASK + ") through ap-southeast-3 "
                + "(`standby_region`)"), failover.stdout());
        assertFalse(failover.stdout().contains("did not answer"), failover.stdout());
        assertEquals(100, cloud.faults().path(0).path("times").asInt(), "no call reached ap-southeast-1");
        assertEquals("primary", task().path("standby_cluster_role").asText());
    }

    private JsonNode task() {
        return DwsActionsAccTest.task(cloud, TASK);
    }
}
