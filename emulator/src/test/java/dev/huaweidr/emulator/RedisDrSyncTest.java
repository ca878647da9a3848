package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.huaweidr.emulator.RedisDrFlows.A;
import static dev.huaweidr.emulator.RedisDrFlows.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pausing and resuming Redis DR synchronization, and what the status shows on each side. */
class RedisDrSyncTest extends EmulatorTestBase {
    private static final String PAUSE = "{\"action\":\"pause\"}";
    private static final String RESUME = "{\"action\":\"resume\"}";

    private static Reply sync(String instance, String body) {
        return cloud.post(instance + "/disaster-recovery/data-synchronization", body);
    }

    @Test
    void pauseThenResumeOnBothSides() {
        RedisDrFlows.buildPair(cloud);
        Reply pauseA = sync(A, PAUSE);
        assertEquals(202, pauseA.status());
        assertEquals("SUSPENDING", RedisDrFlows.syncStatus(cloud, A));
        Reply pauseB = sync(B, PAUSE);
        assertEquals(202, pauseB.status());
        RedisDrFlows.awaitJob(P1, pauseA);
        RedisDrFlows.awaitJob(P3, pauseB);
        assertEquals("SUSPENDED", RedisDrFlows.syncStatus(cloud, B));

        Reply resumeA = sync(A, RESUME);
        assertEquals(202, resumeA.status());
        assertEquals("RECOVERYING", RedisDrFlows.syncStatus(cloud, A));
        RedisDrFlows.awaitJob(P1, resumeA);
        assertEquals("RECOVERYING", RedisDrFlows.syncStatus(cloud, A), "one side resumed is still recovering");
        Reply resumeB = sync(B, RESUME);
        RedisDrFlows.awaitJob(P3, resumeB);
        assertEquals("SYNCING", RedisDrFlows.syncStatus(cloud, A));
    }

    @Test
    void pausingOneSideOnlyStaysSuspending() {
        RedisDrFlows.buildPair(cloud);
        RedisDrFlows.awaitJob(P1, sync(A, PAUSE));
        assertEquals("SUSPENDING", RedisDrFlows.syncStatus(cloud, A));
    }

    @Test
    void pauseNeedsAConstructedPair() {
        Reply reply = sync(A, PAUSE);
        assertEquals(400, reply.status());
        assertEquals("DBS.280466", reply.errorCode());
        RedisDrFlows.awaitJob(P1, RedisDrFlows.constructPrimary(cloud));
        assertEquals("DBS.280466", sync(A, PAUSE).errorCode(), "a half-built pair cannot pause");
    }

    @Test
    void pauseNeedsBothInstancesNormal() {
        RedisDrFlows.buildPair(cloud);
        admin.post("/_emulator/oob/geminidb/redis-b-in12", "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        assertEquals("DBS.280466", sync(A, PAUSE).errorCode());
    }

    @Test
    void resumeNeedsAPausedPairAndPauseNeedsASyncingOne() {
        RedisDrFlows.buildPair(cloud);
        assertEquals("DBS.280466", sync(A, RESUME).errorCode());
        admin.post("/_emulator/oob/geminidb/redis-a-in12", "{\"action\":\"pause_sync\"}");
        assertEquals("SUSPENDED", RedisDrFlows.syncStatus(cloud, A));
        assertEquals("DBS.280466", sync(A, PAUSE).errorCode());
        assertEquals("DBS.200001", sync(A, "{\"action\":\"stop\"}").errorCode());
    }

    @Test
    void indicatorsAreShownOnlyOnThePrimary() {
        RedisDrFlows.buildPair(cloud);
        JsonNode primary = cloud.get(A + "/disaster-recovery/data-synchronization").body();
        assertEquals(1, primary.at("/data_sync_indicators/rsync_status").asInt());
        assertTrue(primary.path("rto_and_rpo_indicators").size() > 0);
        JsonNode standby = cloud.get(B + "/disaster-recovery/data-synchronization").body();
        assertFalse(standby.has("data_sync_indicators"));
        assertFalse(standby.has("rto_and_rpo_indicators"));
    }

    @Test
    void aNonDrInstanceShowsNa() {
        JsonNode status = cloud.get("/v3/" + P1 + "/instances/redis-c-in12/disaster-recovery/data-synchronization")
                .body();
        assertEquals("NA", status.path("status").asText());
        assertEquals("", status.path("master_instance_id").asText());
        assertEquals("", status.path("slave_instance_id").asText());
    }
}
