package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.Seeds;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.emulator.EmulatorOptions;
import org.junit.jupiter.api.Test;

/**
 * What the DWS actions check before they call, through the real Terraform: what the API documents is refused
 * with a diagnostic and nothing changed (cluster versions, the statuses a switchover starts from); what it does
 * not rule out is warned about and left to DWS. The quickstart world plus two running tasks: {@code
 * dws-dr-task-old} between 8.1.1 clusters and {@code dws-dr-task-v3} between 9.0.3 (DWS 3.0) clusters.
 */
class DwsPreconditionsAccTest extends EmulatedAccTest {
    private static final String PROD = "dws-dr-task-prod";

    @Override
    protected EmulatorOptions emulatorOptions() {
        return CloudEmulator.options().withSeed(Seeds.quickstartWith(seed -> {
            task(seed, "old", "8.1.1");
            task(seed, "v3", "9.0.3");
        }));
    }

    /** Task {@code dws-dr-task-NAME}, running between clusters {@code dws-NAME-a} and {@code -b} of {@code version}. */
    private static void task(ObjectNode seed, String name, String version) {
        for (String side : new String[] {"a", "b"}) {
            ((ArrayNode) seed.get("dws_clusters")).addObject().put("id", "dws-" + name + "-" + side)
                    .put("name", "dws-" + name + "-" + side).put("project_id", "proj-ap-southeast-1")
                    .put("availability_zone", "ap-southeast-1" + side).put("version", version);
        }
        ((ArrayNode) seed.get("dws_dr_tasks")).addObject().put("id", "dws-dr-task-" + name).put("name", "dr-" + name)
                .put("project_id", "proj-ap-southeast-1").put("primary_cluster_id", "dws-" + name + "-a")
                .put("standby_cluster_id", "dws-" + name + "-b").put("status", "running");
    }

    private TerraformCli.Result invoke(String operation, String task) {
        ws.config(config("action \"huaweidr_dws_" + operation + "\" \"x\" {\n  config {\n"
                + "    disaster_recovery_id = \"" + task + "\"\n  }\n}\n"));
        return ws.run("apply", "-auto-approve", "-invoke=action.huaweidr_dws_" + operation + ".x");
    }

    @Test
    void clustersOlderThan812AreRefusedAFailoverAndARecoveryButMaySwitchOver() {
        TerraformCli.Result failover = invoke("failover", "dws-dr-task-old");
        assertEquals(1, failover.exitCode(), failover.toString());
        assertTrue(failover.output().contains("Cannot start the failover of DWS DR task dws-dr-task-old"),
                failover.output());
        assertTrue(failover.output().contains("Cluster dws-old-a runs version 8.1.1; a failover needs DWS 2.0 "
                + "clusters of version 8.1.2 or later. Nothing was changed."), failover.output());
        assertEquals(0, cloud.calls(DwsActionsAccTest.FAILOVER), "refused before the call");

        TerraformCli.Result recovery = invoke("recovery", "dws-dr-task-old");
        assertEquals(1, recovery.exitCode(), recovery.toString());
        assertTrue(recovery.output().contains("a recovery needs DWS 2.0 clusters of version 8.1.2 or later"),
                recovery.output());

        TerraformCli.Result switchover = invoke("switchover", "dws-dr-task-old");
        assertEquals(0, switchover.exitCode(), "DWS documents no version for a switchover:\n" + switchover);
        assertTrue(switchover.stdout().contains("Switchover complete: dws-old-b is primary"), switchover.stdout());
    }

    @Test
    void dws3ClustersAreRefusedEveryDrOperation() {
        for (String operation : new String[] {"failover", "switchover"}) {
            TerraformCli.Result result = invoke(operation, "dws-dr-task-v3");
            assertEquals(1, result.exitCode(), result.toString());
            assertTrue(result.output().contains("Cluster dws-v3-a runs version 9.0.3, a DWS 3.0 (storage-compute "
                    + "decoupled) version; a " + operation + " needs DWS 2.0 clusters. Nothing was changed."),
                    result.output());
        }
        assertEquals(0, cloud.changeCalls().size(), "nothing was asked of DWS: " + cloud.changeCalls());
    }

    /**
     * A task stuck in a status the API does not rule out (in an outage, say) still fails over: the action warns
     * and DWS decides, here accepting {@code start_failed} and a {@code switchovering} that no operation holds,
     * and refusing a task that never replicated ({@code unstart}) with its own answer.
     */
    @Test
    void aFailoverFromAStatusTheApiDoesNotRuleOutIsWarnedAndLeftToDws() {
        for (String status : new String[] {"start_failed", "switchovering"}) {
            cloud.reset();
            cloud.outOfBand("dws/" + PROD, "{\"action\":\"set_status\",\"status\":\"" + status + "\"}");
            TerraformCli.Result result = invoke("failover", PROD);
            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.stdout().contains("Failover complete: dws-dr is primary"), result.stdout());
            String out = result.output().replaceAll("\\s+", " ");
            assertTrue(out.contains("DWS decides on the failover: Task dr-prod (" + PROD + ") is " + status
                    + ", not one of the statuses a failover usually starts from (running, abnormal, stopped, "
                    + "stop_failed). DWS documents no status that rules it out, so the action asks for it and "
                    + "leaves the decision to DWS."), out);
        }

        cloud.reset();
        cloud.outOfBand("dws/" + PROD, "{\"action\":\"set_status\",\"status\":\"unstart\"}");
        TerraformCli.Result unstarted = invoke("failover", PROD);
        assertEquals(1, unstarted.exitCode(), unstarted.toString());
        assertTrue(unstarted.output().replaceAll("\\s+", " ").contains("DWS decides on the failover: Task dr-prod "
                + "(" + PROD + ") is unstart"), unstarted.output());
        assertTrue(unstarted.output().contains("Failed failing over DWS DR task " + PROD + " through "
                + "ap-southeast-1: DWS.10204"), "DWS's own refusal:\n" + unstarted.output());
        assertEquals(1, cloud.calls(DwsActionsAccTest.FAILOVER), "the cloud was asked, once");
    }
}
