package dev.huaweidr.emulator;

import org.junit.jupiter.api.Test;

import static dev.huaweidr.emulator.RedisDrFlows.A;
import static dev.huaweidr.emulator.RedisDrFlows.B;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Redis DR planned switchover and forced failover. */
class RedisDrSwitchoverTest extends EmulatorTestBase {

    @Test
    void plannedSwitchoverSwapsRoles() {
        RedisDrFlows.buildPair(cloud);
        Reply demote = cloud.post(A + "/switchover-slave", null);
        assertEquals(202, demote.status());
        assertEquals("Completed", RedisDrFlows.awaitJob(P1, demote));
        Reply promote = cloud.post(B + "/switchover-master", "{\"force\":false}");
        assertEquals(202, promote.status());
        assertEquals("SwitchOverDisasterRecovery",
                awaitGeminiJob(P3, promote.text("/job_id")).path("name").asText());
        assertEquals("master", RedisDrFlows.role(cloud, B));
        assertEquals("slave", RedisDrFlows.role(cloud, A));
        assertEquals("redis-b-in12", cloud.get(A + "/disaster-recovery/data-synchronization")
                .text("/master_instance_id"));
        assertEquals("SYNCING", RedisDrFlows.syncStatus(cloud, A));
    }

    @Test
    void promotionWithoutDemotionNeedsForce() {
        RedisDrFlows.buildPair(cloud);
        Reply reply = cloud.post(B + "/switchover-master", null);
        assertEquals(403, reply.status());
        assertEquals("DBS.200011", reply.errorCode());
        assertEquals("DBS.200011", cloud.post(A + "/switchover-master", "{\"force\":true}").errorCode(),
                "only the standby can be promoted");
        assertEquals("DBS.200011", cloud.post(B + "/switchover-slave", null).errorCode(),
                "only the primary can be demoted");
    }

    @Test
    void forcedFailoverPromotesTheStandbyAlone() {
        RedisDrFlows.buildPair(cloud);
        admin.post("/_emulator/oob/geminidb/redis-a-in12", "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        Reply failover = cloud.post(B + "/switchover-master", "{\"force\":true}");
        assertEquals(202, failover.status());
        assertEquals("Completed", RedisDrFlows.awaitJob(P3, failover));
        assertEquals("master", RedisDrFlows.role(cloud, B));
        assertEquals("slave", RedisDrFlows.role(cloud, A));
    }

    @Test
    void aSwitchoverLocksTheInstanceWhileItRuns() {
        RedisDrFlows.buildPair(cloud);
        assertEquals(202, cloud.post(A + "/switchover-slave", null).status());
        Reply busy = cloud.post(A + "/disaster-recovery/deconstruction", null);
        assertEquals(403, busy.status());
        assertEquals("DBS.200019", busy.errorCode());
    }
}
