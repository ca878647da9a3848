package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DCS master/standby swaps, shard switchovers, jobs, and their refusals. */
class DcsTest extends EmulatorTestBase {
    private static final String HA = "/v2/" + P1 + "/instances/dcs-ha-01";
    private static final String PROXY_GROUPS = "/v2/" + P1 + "/instance/dcs-proxy-01/groups";
    private static final String SHARD_0 = PROXY_GROUPS + "/dcs-proxy-01-group-0/replications/";

    private static String masterIp() {
        return masterIp(HA);
    }

    private static String masterIp(String instance) {
        for (JsonNode node : cloud.get(instance + "/logical-nodes").body().path("nodes")) {
            if ("master".equals(node.path("node_type").asText())) {
                return node.path("node_ip").asText();
            }
        }
        return "";
    }

    /** The node ids of shard {@code group} of dcs-proxy-01 with role {@code role}, as the shard list shows them. */
    private static List<String> shardNodes(String group, String role) {
        List<String> ids = new ArrayList<>();
        for (JsonNode shard : cloud.get(PROXY_GROUPS).body().path("group_list")) {
            if (group.equals(shard.path("group_id").asText())) {
                for (JsonNode node : shard.path("replication_list")) {
                    if (role.equals(node.path("replication_role").asText())) {
                        ids.add(node.path("node_id").asText());
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void showsTheInstanceAndItsNodes() {
        JsonNode instance = cloud.get(HA).body();
        assertEquals("RUNNING", instance.path("status").asText());
        assertEquals("ha", instance.path("cache_mode").asText());
        assertFalse(instance.has("task"));
        JsonNode nodes = cloud.get(HA + "/logical-nodes").body();
        assertEquals(2, nodes.path("total").asInt());
        assertEquals("10.1.1.51", masterIp());
    }

    @Test
    void asyncSwapFlipsMasterAndSlaveWhenTheJobSucceeds() {
        Reply swap = cloud.put(HA + "/async-swap", null);
        assertEquals(200, swap.status());
        String job = "/v2/" + P1 + "/jobs/" + swap.text("/job_id");
        JsonNode running = cloud.get(job).body();
        assertTrue(running.path("status").asText().matches("INIT|RUNNING"));
        assertEquals("masterStandbySwapJob", running.path("job_type").asText());
        assertTrue(running.path("begin_time").asText().matches("\\d{13}"));
        assertTrue(cloud.get(HA).body().has("task"));
        assertEquals("10.1.1.51", masterIp(), "nothing changes before the job completes");

        JsonNode done = await(() -> cloud.get(job).body(), j -> j.path("status").asText().equals("SUCCESS"));
        assertTrue(done.path("end_time").asText().matches("\\d{13}"));
        assertTrue(done.path("fail_reason").isNull());
        assertEquals("10.1.1.52", masterIp());
        assertFalse(cloud.get(HA).body().has("task"));
    }

    @Test
    void aSecondSwapWhileOneRunsIsBusy() {
        assertEquals(200, cloud.put(HA + "/async-swap", null).status());
        Reply busy = cloud.put(HA + "/async-swap", null);
        assertEquals(400, busy.status());
        assertEquals("111400017", busy.errorCode());
    }

    @Test
    void concurrentSwapsStartExactlyOneJob() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                replies.add(pool.submit(() -> cloud.put(HA + "/async-swap", null)));
            }
            int started = 0;
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                if (r.status() == 200) {
                    started++;
                } else {
                    assertEquals("111400017", r.errorCode());
                }
            }
            assertEquals(1, started);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyMasterStandbyAndReadWriteSplitInstancesSwap() {
        for (String instance : List.of("dcs-cluster-01", "dcs-proxy-01", "dcs-single-01")) {
            Reply reply = cloud.put("/v2/" + P1 + "/instances/" + instance + "/async-swap", null);
            assertEquals(400, reply.status(), instance);
            assertEquals("DCS.4973", reply.errorCode(), instance);
        }
        String rw = "/v2/" + P1 + "/instances/dcs-rw-01";
        assertEquals("DCS.4973", cloud.post(rw + "/swap", null).errorCode(),
                "the synchronous swap: master/standby only");
        String job = "/v2/" + P1 + "/jobs/" + cloud.put(rw + "/async-swap", null).text("/job_id");
        await(() -> cloud.get(job).body(), j -> j.path("status").asText().equals("SUCCESS"));
        assertEquals("10.1.1.72", masterIp(rw), "the first replica is master now");
    }

    @Test
    void listsTheShardsWithTheirMasterAndReplicasButNoProxy() {
        JsonNode groups = cloud.get(PROXY_GROUPS).body();
        assertEquals(2, groups.path("group_count").asInt());
        JsonNode shard0 = groups.path("group_list").path(0);
        assertEquals("dcs-proxy-01-group-0", shard0.path("group_id").asText());
        assertEquals("group-0", shard0.path("group_name").asText());
        assertEquals(3, shard0.path("replication_list").size());
        JsonNode master = shard0.path("replication_list").path(0);
        assertEquals("master", master.path("replication_role").asText());
        assertEquals("10.1.1.81", master.path("replication_ip").asText());
        assertEquals("dcs-proxy-01-node-2", master.path("node_id").asText());
        assertEquals("Active", master.path("status").asText());
        assertTrue(!master.path("replication_id").asText().equals(master.path("node_id").asText()),
                "the replication id is another id than the node id");
        assertEquals(List.of("dcs-proxy-01-node-3", "dcs-proxy-01-node-4"),
                shardNodes("dcs-proxy-01-group-0", "slave"));
        assertEquals(404, cloud.get("/v2/" + P1 + "/instance/nope/groups").status());
    }

    @Test
    void aShardSwitchoverPromotesTheChosenReplicaOfThatShardOnly() {
        Reply started = cloud.post(SHARD_0 + "dcs-proxy-01-node-4/async-switchover", null);
        assertEquals(200, started.status());
        String job = "/v2/" + P1 + "/jobs/" + started.text("/job_id");
        assertEquals("masterStandbySwapJob", cloud.get(job).text("/job_type"));
        assertEquals("111400017", cloud.post(SHARD_0 + "dcs-proxy-01-node-3/async-switchover", null).errorCode(),
                "one job at a time");
        assertEquals(List.of("dcs-proxy-01-node-2"), shardNodes("dcs-proxy-01-group-0", "master"),
                "not before the job");

        await(() -> cloud.get(job).body(), j -> j.path("status").asText().equals("SUCCESS"));
        assertEquals(List.of("dcs-proxy-01-node-4"), shardNodes("dcs-proxy-01-group-0", "master"));
        assertEquals(List.of("dcs-proxy-01-node-2", "dcs-proxy-01-node-3"),
                shardNodes("dcs-proxy-01-group-0", "slave"));
        assertEquals(List.of("dcs-proxy-01-node-5"), shardNodes("dcs-proxy-01-group-1", "master"), "other shards stay");
    }

    @Test
    void aShardSwitchoverRefusesAMasterAnotherShardsNodeAnUnknownShardAndInstancesWithoutShards() {
        assertEquals("111400063", cloud.post(SHARD_0 + "dcs-proxy-01-node-2/async-switchover", null).errorCode(),
                "the master already");
        assertEquals("111400063", cloud.post(SHARD_0 + "dcs-proxy-01-node-6/async-switchover", null).errorCode(),
                "a replica of group-1");
        assertEquals("111400063", cloud.post(PROXY_GROUPS + "/nope/replications/dcs-proxy-01-node-3/async-switchover",
                null).errorCode());
        Reply ha = cloud.post("/v2/" + P1 + "/instance/dcs-ha-01/groups/dcs-ha-01-group-0/replications/"
                + "dcs-ha-01-node-2/async-switchover", null);
        assertEquals(400, ha.status());
        assertEquals("DCS.4973", ha.errorCode());
        assertEquals(0, admin.get("/_emulator/state").body().path("jobs").size(), "no job was started");
    }

    @Test
    void onlyRunningInstancesSwap() {
        admin.post("/_emulator/oob/dcs/dcs-ha-01", "{\"action\":\"set_status\",\"status\":\"ERROR\"}");
        Reply reply = cloud.put(HA + "/async-swap", null);
        assertEquals(400, reply.status());
        assertEquals("DCS.4049", reply.errorCode());
        assertEquals("DCS.4049", cloud.post(HA + "/swap", null).errorCode());
    }

    @Test
    void synchronousSwapAnswers204AndFlipsAtOnce() {
        assertEquals(204, cloud.post(HA + "/swap", null).status());
        assertEquals("10.1.1.52", masterIp());
    }

    @Test
    void aFailedSwapJobChangesNothing() {
        admin.post("/_emulator/faults", "{\"path\":\"async-swap\",\"job_fail_reason\":\"replica lagging\"}");
        String job = "/v2/" + P1 + "/jobs/" + cloud.put(HA + "/async-swap", null).text("/job_id");
        JsonNode failed = await(() -> cloud.get(job).body(), j -> !j.path("status").asText().matches("INIT|RUNNING"));
        assertEquals("FAIL", failed.path("status").asText());
        assertEquals("replica lagging", failed.path("fail_reason").asText());
        assertEquals("10.1.1.51", masterIp());
    }

    @Test
    void unknownJobsAndInstances() {
        Reply job = cloud.get("/v2/" + P1 + "/jobs/nope");
        assertEquals(400, job.status());
        assertEquals("111400063", job.errorCode());
        Reply instance = cloud.put("/v2/" + P1 + "/instances/nope/async-swap", null);
        assertEquals(404, instance.status());
        assertEquals("111404022", instance.errorCode());
    }
}
