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
import org.junit.jupiter.api.Test;

/**
 * {@code huaweidr_dcs_shard_switchover} through the real Terraform against the emulator's Proxy Cluster
 * {@code dcs-proxy-01}: shard group-0 has master node-2 (10.1.1.81) and replicas node-3 (10.1.1.82) and node-4
 * (10.1.1.83); shard group-1 has master node-5 (10.1.1.84) and replica node-6 (10.1.1.85).
 */
class DcsShardSwitchoverAccTest extends EmulatedAccTest {
    private static final String SWITCHOVER =
            "POST /v2/{project_id}/instance/{instance_id}/groups/{group_id}/replications/{node_id}/async-switchover";
    private static final String PROXY = "dcs-proxy-01";
    private static final String SHARD_0 = "dcs-proxy-01-group-0";
    private static final String SHARD_1 = "dcs-proxy-01-group-1";

    private static String switchover(String name, String instanceId, String groupId, String nodeId) {
        return "action \"huaweidr_dcs_shard_switchover\" \"" + name + "\" {\n  config {\n    instance_id = \""
                + instanceId + "\"\n    group_id    = \"" + groupId + "\"\n    node_id     = \"" + nodeId
                + "\"\n  }\n}\n";
    }

    private static String invoke(String name) {
        return "-invoke=action.huaweidr_dcs_shard_switchover." + name;
    }

    @Test
    void invokePromotesTheChosenReplicaOfThatShardAndSaysWhichNodeIsMasterNow() {
        ws.config(config(switchover("x", PROXY, SHARD_0, "dcs-proxy-01-node-4")));
        String out = ws.apply(invoke("x")).stdout();
        assertTrue(out.contains("Checked dcs-proxy-01: RUNNING, Proxy Cluster, shard group-0 (dcs-proxy-01-group-0) "
                + "with master dcs-proxy-01-node-2 (10.1.1.81) and replica dcs-proxy-01-node-4 (10.1.1.83)"), out);
        assertTrue(out.contains("writes not yet replicated to that replica may be lost"), out);
        assertTrue(out.contains("masterStandbySwapJob: SUCCESS"), out);
        assertTrue(out.contains("Shard group-0 (dcs-proxy-01-group-0) has master dcs-proxy-01-node-4 (10.1.1.83) now; "
                + "dcs-proxy-01-node-2 (10.1.1.81) is a replica"), out);
        assertEquals(List.of("dcs-proxy-01-node-4"), EmulatedDcsRoles.shardNodes(cloud, PROXY, SHARD_0, "master"));
        assertEquals(List.of("dcs-proxy-01-node-5"), EmulatedDcsRoles.shardNodes(cloud, PROXY, SHARD_1, "master"),
                "the other shard keeps its master");
        assertEquals(1, cloud.calls(SWITCHOVER), "switched once");

        ws.config(config("data \"huaweidr_dcs_instance_roles\" \"r\" {\n  instance_id = \"" + PROXY + "\"\n}\n"));
        ws.apply();
        JsonNode promoted = null;
        for (JsonNode node : ws.resource("data.huaweidr_dcs_instance_roles.r").path("values").path("nodes")) {
            promoted = "dcs-proxy-01-node-4".equals(node.path("node_id").asText()) ? node : promoted;
        }
        assertTrue(promoted != null, "the data source names the nodes by node_id");
        assertEquals("master", promoted.path("role").asText());
        assertEquals(SHARD_0, promoted.path("group_id").asText());
    }

    /**
     * Only a replica of the shard named can be promoted; anything else is refused before any call, naming the
     * attribute at fault (Terraform shows no attribute for an action's diagnostics).
     */
    @Test
    void aNodeThatIsNoReplicaOfTheShardOrAShardThatIsNoneIsRefusedBeforeAnyCall() {
        ws.config(config(switchover("master", PROXY, SHARD_0, "dcs-proxy-01-node-2")
                + switchover("elsewhere", PROXY, SHARD_0, "dcs-proxy-01-node-6")
                + switchover("missing", PROXY, SHARD_0, "dcs-proxy-01-node-9")
                + switchover("noshard", PROXY, "dcs-proxy-01-group-7", "dcs-proxy-01-node-3")));
        String replicas = "Its replicas: dcs-proxy-01-node-3 (10.1.1.82), dcs-proxy-01-node-4 (10.1.1.83). Nothing "
                + "was changed.";

        String master = refused("master");
        assertTrue(master.contains("Cannot switch shard dcs-proxy-01-group-0 of DCS instance dcs-proxy-01"), master);
        assertTrue(master.contains("`node_id` dcs-proxy-01-node-2 (10.1.1.81) is the master of shard group-0 "
                + "(dcs-proxy-01-group-0) already; choose one of its replicas: dcs-proxy-01-node-3 (10.1.1.82), "
                + "dcs-proxy-01-node-4 (10.1.1.83). Nothing was changed."), master);
        String elsewhere = refused("elsewhere");
        assertTrue(elsewhere.contains("`node_id` dcs-proxy-01-node-6 is in shard group-1 (dcs-proxy-01-group-1), not "
                + "in group-0 (dcs-proxy-01-group-0). " + replicas), elsewhere);
        String missing = refused("missing");
        assertTrue(missing.contains("`node_id` dcs-proxy-01-node-9 is no node of shard group-0 (dcs-proxy-01-group-0)"
                + ". " + replicas), missing);
        String noShard = refused("noshard");
        assertTrue(noShard.contains("`group_id` dcs-proxy-01-group-7 is no shard of instance dcs-proxy-01: its shards "
                + "are group-0 (dcs-proxy-01-group-0), group-1 (dcs-proxy-01-group-1). Nothing was changed."), noShard);

        assertEquals(0, cloud.calls(SWITCHOVER), "no switchover call was made");
        assertEquals(List.of("dcs-proxy-01-node-2"), EmulatedDcsRoles.shardNodes(cloud, PROXY, SHARD_0, "master"));
    }

    @Test
    void instancesThatSwapAsAWholeOrHaveNoReplicaAreRefusedWithWhatToUseInstead() {
        ws.config(config(switchover("ha", "dcs-ha-01", "dcs-ha-01-group-0", "dcs-ha-01-node-2")
                + switchover("single", "dcs-single-01", "g", "dcs-single-01-node-1")));
        String ha = refused("ha");
        assertTrue(ha.contains("Instance dcs-ha-01 is master/standby (cache mode `ha`): it has one shard, whose "
                + "master and replica swap with the `huaweidr_dcs_swap` action. Nothing was changed."), ha);
        String single = refused("single");
        assertTrue(single.contains("Instance dcs-single-01 is single-node (cache mode `single`): it has no replica "
                + "to switch to"), single);
        assertEquals(0, cloud.calls(SWITCHOVER));
    }

    /**
     * Two invocations side by side, each checking the shard before either switches: the cloud takes one and
     * answers the other "a background task is running". Waiting that out would switch the shard a second time
     * once the first switchover ended; the second run refuses instead and says why.
     */
    @Test
    void twoSwitchoversAtOnceSwitchOnceAndTheRefusedRunSaysWhy() {
        // Both runs' checks read the shards for 4 s, so both have found the instance idle before either
        // switches; the job runs 10 s, so the second request surely meets it.
        cloud.fault("{\"method\":\"GET\",\"path\":\"groups$\",\"latency_ms\":4000,\"times\":2}");
        cloud.fault("{\"method\":\"POST\",\"path\":\"async-switchover$\",\"job_millis\":10000}");
        ws.config(config(switchover("x", PROXY, SHARD_0, "dcs-proxy-01-node-3")));
        try (Workspace other = newWorkspace()) {
            other.config(config(switchover("x", PROXY, SHARD_0, "dcs-proxy-01-node-4")));
            RunningTerraform first = ws.start("apply", "-auto-approve", invoke("x"));
            RunningTerraform second = other.start("apply", "-auto-approve", invoke("x"));
            List<TerraformCli.Result> runs = List.of(first.finish(Duration.ofMinutes(3)),
                    second.finish(Duration.ofMinutes(3)));

            List<TerraformCli.Result> switched = runs.stream().filter(r -> r.exitCode() == 0).toList();
            List<TerraformCli.Result> refused = runs.stream().filter(r -> r.exitCode() != 0).toList();
            assertEquals(1, switched.size(), "one run switched:\n" + runs);
            assertEquals(1, refused.size(), "the other was refused:\n" + runs);
            String why = refused.get(0).failure();
            assertTrue(why.contains("Cannot switch shard dcs-proxy-01-group-0 of DCS instance dcs-proxy-01"), why);
            assertTrue(why.contains("A background task is running on instance dcs-proxy-01, perhaps another "
                    + "switchover. A switchover does not wait for it: after another switchover it would switch the "
                    + "shard a second time."), why);
            assertTrue(why.contains("Nothing was changed."), why);
            assertFalse(why.contains("has master") || why.contains("Started switchover job"),
                    "claims no switchover it did not make: " + why);
            String winner = switched.get(0).stdout().contains("has master dcs-proxy-01-node-3") ? "dcs-proxy-01-node-3"
                    : "dcs-proxy-01-node-4";
            assertTrue(switched.get(0).stdout().contains("has master " + winner), switched.get(0).toString());
            assertEquals(List.of(winner), EmulatedDcsRoles.shardNodes(cloud, PROXY, SHARD_0, "master"),
                    "switched once, to the node the successful run named");
        }
        assertEquals(1, EmulatedDcsRoles.jobs(cloud, "masterStandbySwapJob"), "one switchover job in the cloud");
        assertTrue(cloud.calls(SWITCHOVER) <= 2, "no switchover request was repeated: " + cloud.calls(SWITCHOVER));
    }

    /** The refusal of {@code action}, on one line. */
    private String refused(String action) {
        return ws.run("apply", "-auto-approve", invoke(action)).failure();
    }
}
