package dev.huaweidr.resources.dcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code huaweidr_dcs_swap} and {@code huaweidr_dcs_instance_roles} through the real Terraform against the
 * emulator's {@code dcs-ha-01} (master 10.1.1.51, replica 10.1.1.52) and {@code dcs-cluster-01}.
 */
class DcsSwapAccTest extends EmulatedAccTest {
    private static final String SWAP = "PUT /v2/{project_id}/instances/{instance_id}/async-swap";
    private static final String ACTION = "action.huaweidr_dcs_swap.x";

    static String swap(String instanceId, String timeout) {
        return "action \"huaweidr_dcs_swap\" \"x\" {\n  config {\n    instance_id = \"" + instanceId + "\"\n"
                + (timeout == null ? "" : "    timeout     = \"" + timeout + "\"\n") + "  }\n}\n";
    }

    @Test
    void invokeSwapsMasterAndReplicaAndSaysWhichIsMaster() {
        ws.config(config(swap("dcs-ha-01", null)));
        TerraformCli.Result result = ws.apply("-invoke=" + ACTION);
        String out = result.stdout();
        assertTrue(out.contains("Action started: " + ACTION + " (triggered by CLI)"), out);
        assertTrue(out.contains("Action " + ACTION + " (triggered by CLI): Checked dcs-ha-01: RUNNING, "
                + "master/standby, master dcs-ha-node-0 (10.1.1.51)"), out);
        assertTrue(out.contains("writes not yet replicated to the replica may be lost"), out);
        assertTrue(out.contains("masterStandbySwapJob: SUCCESS"), out);
        assertTrue(out.contains("Master is now dcs-ha-node-1 (10.1.1.52); dcs-ha-node-0 (10.1.1.51) is the replica"),
                out);
        assertTrue(out.contains("Action complete: " + ACTION), out);
        assertEquals(List.of("10.1.1.52"), masterIps("dcs-ha-01"), "the emulator swapped the roles");
        assertEquals(1, cloud.calls(SWAP), "swapped once");
    }

    @Test
    void triggeredAfterCreateOfAResource() {
        ws.config(config(swap("dcs-ha-01", null)
                + "resource \"terraform_data\" \"release\" {\n  input = \"v1\"\n  lifecycle {\n    action_trigger {\n"
                + "      events  = [after_create]\n      actions = [" + ACTION + "]\n    }\n  }\n}\n"));
        TerraformCli.Result plan = ws.plan();
        assertTrue(plan.stdout().contains("Actions: 1 to invoke"), plan.stdout());
        assertEquals(0, cloud.calls(SWAP), "planning runs nothing");

        String out = ws.apply().stdout();
        int created = out.indexOf("terraform_data.release: Creation complete");
        int started = out.indexOf("Action started: " + ACTION + " (triggered by terraform_data.release)");
        assertTrue(created >= 0 && started > created, "runs after the resource is created:\n" + out);
        assertTrue(out.contains("Action complete: " + ACTION + " (triggered by terraform_data.release)"), out);
        assertEquals(List.of("10.1.1.52"), masterIps("dcs-ha-01"));

        ws.config(config(swap("dcs-ha-01", null)
                + "resource \"terraform_data\" \"release\" {\n  input = \"v2\"\n  lifecycle {\n    action_trigger {\n"
                + "      events  = [after_create]\n      actions = [" + ACTION + "]\n    }\n  }\n}\n"));
        ws.apply();
        assertEquals(1, cloud.calls(SWAP), "an update is not a create: no second swap");
    }

    /**
     * Two invocations side by side, each checking the instance before either swaps: the cloud takes one swap and
     * answers the other "a background task is running". Waiting that out would swap back once the first swap
     * ended, undoing it; the second run refuses instead and says why.
     */
    @Test
    void twoSwapsAtOnceSwapOnceAndTheRefusedRunSaysWhy() {
        // Both runs' checks read the nodes for 4 s, so both have found the instance idle before either swaps;
        // the swap job runs 10 s, so the second request surely meets it.
        cloud.fault("{\"method\":\"GET\",\"path\":\"logical-nodes$\",\"latency_ms\":4000,\"times\":2}");
        cloud.fault("{\"method\":\"PUT\",\"path\":\"async-swap$\",\"job_millis\":10000}");
        ws.config(config(swap("dcs-ha-01", null)));
        try (Workspace other = newWorkspace()) {
            other.config(config(swap("dcs-ha-01", null)));
            RunningTerraform first = ws.start("apply", "-auto-approve", "-invoke=" + ACTION);
            RunningTerraform second = other.start("apply", "-auto-approve", "-invoke=" + ACTION);
            List<TerraformCli.Result> runs = List.of(first.finish(Duration.ofMinutes(3)),
                    second.finish(Duration.ofMinutes(3)));

            List<TerraformCli.Result> swapped = runs.stream().filter(r -> r.exitCode() == 0).toList();
            List<TerraformCli.Result> refused = runs.stream().filter(r -> r.exitCode() != 0).toList();
            assertEquals(1, swapped.size(), "one run swapped:\n" + runs);
            assertEquals(1, refused.size(), "the other was refused:\n" + runs);
            assertTrue(swapped.get(0).stdout().contains("Master is now dcs-ha-node-1 (10.1.1.52); dcs-ha-node-0 "
                    + "(10.1.1.51) is the replica"), swapped.get(0).toString());
            String why = refused.get(0).output().replaceAll("\\s+", " ");
            assertTrue(why.contains("Cannot swap DCS instance dcs-ha-01"), why);
            assertTrue(why.contains("A background task is running on instance dcs-ha-01, perhaps another swap. A "
                    + "swap does not wait for it: after another swap it would switch back."), why);
            assertTrue(why.contains("Nothing was changed."), why);
            assertFalse(why.contains("Master is now") || why.contains("Started swap job"),
                    "claims no swap it did not make: " + why);
        }
        assertEquals(List.of("10.1.1.52"), masterIps("dcs-ha-01"), "swapped once, not swapped back");
        assertEquals(1, swapJobs(), "one swap job in the cloud");
        assertTrue(cloud.calls(SWAP) <= 2, "no swap request was repeated: " + cloud.calls(SWAP));
    }

    @Test
    void aClusterInstanceIsRefusedBeforeAnySwapCall() {
        ws.config(config(swap("dcs-cluster-01", null)));
        TerraformCli.Result result = ws.run("apply", "-auto-approve", "-invoke=" + ACTION);
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.output().contains("Cannot swap DCS instance dcs-cluster-01"), result.output());
        assertTrue(result.output().contains("cache mode `cluster`"), result.output());
        assertTrue(result.output().contains("Nothing was changed."), result.output());
        assertEquals(0, cloud.calls(SWAP), "no swap call was made");
        assertEquals(List.of("10.1.1.61", "10.1.1.63"), masterIps("dcs-cluster-01"));
    }

    @Test
    void aFailedJobIsNamedWithItsLastStatus() {
        cloud.fault("{\"path\":\"async-swap$\",\"job_fail_reason\":\"replica is lagging\",\"times\":1}");
        ws.config(config(swap("dcs-ha-01", null)));
        TerraformCli.Result result = ws.run("apply", "-auto-approve", "-invoke=" + ACTION);
        assertEquals(1, result.exitCode(), result.toString());
        String out = result.output();
        assertTrue(out.contains("Failed swapping master and replica of DCS instance dcs-ha-01"), out);
        assertTrue(out.contains("(masterStandbySwapJob) failed with status FAIL: replica is lagging"), out);
        assertTrue(out.contains("Completed: Checked dcs-ha-01"), "says how far it got:\n" + out);
        assertEquals(List.of("10.1.1.51"), masterIps("dcs-ha-01"), "a failed job swaps nothing");
        assertEquals(1, cloud.calls(SWAP), "a failed swap is not repeated");
    }

    @Test
    void aJobOutlivingTheTimeoutEndsTheActionWithItsLastStatus() {
        cloud.fault("{\"path\":\"async-swap$\",\"job_millis\":600000,\"times\":1}");
        ws.config(config(swap("dcs-ha-01", "20s")));
        TerraformCli.Result result = ws.run("apply", "-auto-approve", "-invoke=" + ACTION);
        assertEquals(1, result.exitCode(), result.toString());
        String out = result.output();
        assertTrue(out.contains("Timed out while swapping master and replica of DCS instance dcs-ha-01"), out);
        assertTrue(out.contains("(masterStandbySwapJob) still INIT after"), out);
        assertTrue(out.contains("huaweidr_dcs_instance_roles"), "says what to check before invoking again:\n" + out);
        assertEquals(1, cloud.calls(SWAP), "not repeated");
    }

    @Test
    void validateRefusesBadConfiguration() {
        ws.config(config("action \"huaweidr_dcs_swap\" \"x\" {\n  config {\n    instance_id = \"\"\n"
                + "    region      = \"Singapore\"\n    timeout     = \"soon\"\n  }\n}\n"));
        TerraformCli.Result result = ws.run("validate");
        assertEquals(1, result.exitCode(), result.toString());
        String out = result.output();
        assertTrue(out.contains("Must be an id of letters, digits"), out);
        assertTrue(out.contains("Must be a region name such as"), out);
        assertTrue(out.contains("Must be a duration such as"), out);
        assertEquals(0, cloud.calls(SWAP));
    }

    @Test
    void dataSourceShowsTheRolesTheEmulatorHolds() {
        cloud.fault("{\"path\":\"async-swap$\",\"job_millis\":1,\"times\":1}");
        ws.config(config(swap("dcs-ha-01", null)));
        ws.apply("-invoke=" + ACTION);
        ws.config(config("data \"huaweidr_dcs_instance_roles\" \"r\" {\n  instance_id = \"dcs-ha-01\"\n}\n"));
        ws.apply();
        JsonNode roles = ws.resource("data.huaweidr_dcs_instance_roles.r").path("values");
        assertEquals("ha", roles.path("cache_mode").asText());
        assertEquals("RUNNING", roles.path("status").asText());
        assertEquals("ap-southeast-1", roles.path("region").asText());
        assertEquals(masterIps("dcs-ha-01"), texts(roles.path("master_ips")));
        assertEquals(List.of("10.1.1.52"), texts(roles.path("master_ips")));
        JsonNode first = roles.path("nodes").path(0);
        assertEquals("dcs-ha-node-0", first.path("name").asText());
        assertEquals("slave", first.path("role").asText());
        assertEquals("10.1.1.51", first.path("ip").asText());
        assertEquals("ap-southeast-1a", first.path("availability_zone").asText());
    }

    /** The master nodes' IPs as the emulator holds them. */
    private List<String> masterIps(String instanceId) {
        for (JsonNode instance : cloud.state().path("dcs_instances")) {
            if (instanceId.equals(instance.path("instance_id").asText())) {
                return StreamSupport.stream(instance.path("nodes").spliterator(), false)
                        .filter(n -> "master".equals(n.path("node_type").asText()))
                        .map(n -> n.path("node_ip").asText()).toList();
            }
        }
        throw new AssertionError("no DCS instance " + instanceId);
    }

    private int swapJobs() {
        int jobs = 0;
        for (JsonNode job : cloud.state().path("jobs")) {
            jobs += "masterStandbySwapJob".equals(job.path("name").asText()) ? 1 : 0;
        }
        return jobs;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
