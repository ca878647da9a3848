package dev.huaweidr.resources.dcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.EmulatedDcsRoles;
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
    void invokeSwapsMasterAndReplicaAndSaysWhichIsMasterAndASecondSwapFailsBack() {
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

        TerraformCli.Result back = ws.apply("-invoke=" + ACTION);
        assertTrue(back.stdout().contains("Master is now dcs-ha-node-0 (10.1.1.51); dcs-ha-node-1 (10.1.1.52) is the "
                + "replica"), "a second swap fails back: " + back.stdout());
        assertEquals(List.of("10.1.1.51"), masterIps("dcs-ha-01"));
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
        assertEquals(1, EmulatedDcsRoles.jobs(cloud, "masterStandbySwapJob"), "one swap job in the cloud");
        assertTrue(cloud.calls(SWAP) <= 2, "no swap request was repeated: " + cloud.calls(SWAP));
    }

    @Test
    void aReadWriteSplitInstanceSwapsLikeAMasterStandbyOne() {
        ws.config(config(swap("dcs-rw-01", null)));
        String out = ws.apply("-invoke=" + ACTION).stdout();
        assertTrue(out.contains("Checked dcs-rw-01: RUNNING, read/write split, master dcs-rw-node-0 (10.1.1.71)"), out);
        assertTrue(out.contains("Master is now dcs-rw-node-1 (10.1.1.72); dcs-rw-node-0 (10.1.1.71) is the replica"),
                out);
        assertEquals(List.of("10.1.1.72"), masterIps("dcs-rw-01"), "the emulator swapped the roles");
        assertEquals(1, cloud.calls(SWAP));
    }

    /** The kinds of instance that have no swap at all are refused, and the refusal says what to do instead. */
    @Test
    void instancesWithoutASwapAreRefusedBeforeAnySwapCallWithWhatToUseInstead() {
        ws.config(config(swap("dcs-cluster-01", null)));
        String cluster = refused();
        assertTrue(cluster.contains("Cannot swap DCS instance dcs-cluster-01"), cluster);
        assertTrue(cluster.contains("Instance dcs-cluster-01 is Redis Cluster (cache mode `cluster`): its shards "
                + "switch one by one, not the instance as a whole. Promote a replica of one shard with the "
                + "`huaweidr_dcs_shard_switchover` action"), cluster);
        assertTrue(cluster.contains("Nothing was changed."), cluster);

        ws.config(config(swap("dcs-single-01", null)));
        String single = refused();
        assertTrue(single.contains("Instance dcs-single-01 is single-node (cache mode `single`): it has no replica "
                + "to switch to"), single);
        assertEquals(0, cloud.calls(SWAP), "no swap call was made");
        assertEquals(List.of("10.1.1.61", "10.1.1.63"), masterIps("dcs-cluster-01"));
    }

    /**
     * A conflict (409) is what the client reads as a busy instance, whatever code comes with it: refused like
     * the documented "background task is running", and not repeated.
     */
    @Test
    void aConflictWithAnyCodeIsRefusedLikeABusyInstance() {
        cloud.fault("{\"method\":\"PUT\",\"path\":\"async-swap$\",\"status\":409,\"error_code\":\"DCS.9999\","
                + "\"error_msg\":\"Conflict.\",\"times\":1}");
        ws.config(config(swap("dcs-ha-01", null)));
        String why = refused();
        assertTrue(why.contains("Cannot swap DCS instance dcs-ha-01"), why);
        assertTrue(why.contains("A background task is running on instance dcs-ha-01, perhaps another swap."), why);
        assertTrue(why.contains("The cloud refused: DCS.9999: Conflict. (HTTP 409, PUT "), why);
        assertTrue(why.contains("Nothing was changed."), why);
        assertEquals(1, cloud.calls(SWAP), "not repeated");
        assertEquals(List.of("10.1.1.51"), masterIps("dcs-ha-01"));
    }

    /** The failed invocation's error output, on one line. */
    private String refused() {
        return ws.run("apply", "-auto-approve", "-invoke=" + ACTION).failure();
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

    private List<String> masterIps(String instanceId) {
        return EmulatedDcsRoles.masterIps(cloud, instanceId);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
