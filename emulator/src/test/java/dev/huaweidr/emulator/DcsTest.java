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

/** DCS master/standby swaps, jobs, and their refusals. */
class DcsTest extends EmulatorTestBase {
    private static final String HA = "/v2/" + P1 + "/instances/dcs-ha-01";

    private static String masterIp() {
        for (JsonNode node : cloud.get(HA + "/logical-nodes").body().path("nodes")) {
            if ("master".equals(node.path("node_type").asText())) {
                return node.path("node_ip").asText();
            }
        }
        return "";
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
    void onlyMasterStandbyInstancesSwap() {
        Reply reply = cloud.put("/v2/" + P1 + "/instances/dcs-cluster-01/async-swap", null);
        assertEquals(400, reply.status());
        assertEquals("DCS.4973", reply.errorCode());
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
