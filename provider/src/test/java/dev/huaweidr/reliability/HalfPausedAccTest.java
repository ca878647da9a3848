package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.PAIR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/**
 * The cloud pauses and resumes a Redis DR pair one instance at a time: when one instance refuses, the pair is
 * half paused. The state says so, the next plan repairs it and names the instance behind, and the apply
 * finishes the change. Pausing an instance that is not normal is refused at plan time, before any call.
 */
class HalfPausedAccTest extends EmulatedAccTest {
    private static final String SYNC = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/"
            + "data-synchronization";
    private static final String PAUSED = "  data_sync = \"paused\"\n";

    /** The next pause or resume on {@code instanceId} is refused with a code the cloud never documented. */
    private void refuseNextSyncChangeOn(String instanceId) {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/" + instanceId + "/disaster-recovery/data-synchronization$\","
                + "\"status\":400,\"error_code\":\"DBS.999999\",\"error_msg\":\"replication channel busy\","
                + "\"times\":1}");
    }

    @Test
    void aPauseRefusedOnTheStandbyIsPlannedAgainNamingTheStandbyAndTheNextApplyFinishesIt() {
        ws.config(config(Scenarios.pair("")));
        ws.apply();
        refuseNextSyncChangeOn("redis-d-in12");
        ws.config(config(Scenarios.pair(PAUSED)));
        String error = Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertTrue(error.contains("DBS.999999") && error.contains("replication channel busy"),
                "the cloud's code and message: " + error);
        assertEquals("pausing", Scenarios.values(ws, PAIR).path("data_sync").asText(), "recorded as it is");
        assertEquals("SUSPENDING", Scenarios.values(ws, PAIR).path("sync_status").asText());

        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), "CI's drift check sees it:\n" + plan);
        String shown = plan.output().replaceAll("\\s+", " ");
        assertTrue(shown.contains("data_sync = \"pausing\" -> \"paused\""), shown);
        assertTrue(shown.contains("redis-d-in12 (standby) has not paused yet"), "names the side behind: " + shown);

        cloud.clearCalls();
        ws.apply();
        assertEquals("SUSPENDED", Scenarios.values(ws, PAIR).path("sync_status").asText());
        assertEquals(2, cloud.calls(SYNC), "both asked; the primary, paused already, refused and that was fine");
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aHalfPausedPairConfiguredToRunIsPausedOnBothThenResumed() {
        ws.config(config(Scenarios.pair("")));
        ws.apply();
        refuseNextSyncChangeOn("redis-c-in12");
        ws.config(config(Scenarios.pair(PAUSED)));
        Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertEquals("pausing", Scenarios.values(ws, PAIR).path("data_sync").asText());

        ws.config(config(Scenarios.pair("")));
        TerraformCli.Result plan = ws.plan();
        String shown = plan.output().replaceAll("\\s+", " ");
        assertTrue(shown.contains("data_sync = \"pausing\" -> \"running\""), shown);
        assertTrue(shown.contains("redis-c-in12 (primary) has not paused yet"), shown);
        assertTrue(shown.contains("then resumes both"), "says what the apply does: " + shown);
        ws.apply();
        assertEquals("SYNCING", Scenarios.values(ws, PAIR).path("sync_status").asText());
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aResumeRefusedOnThePrimaryIsPlannedAgainAndTheNextApplyFinishesIt() {
        ws.config(config(Scenarios.pair(PAUSED)));
        ws.apply();
        assertEquals("SUSPENDED", Scenarios.values(ws, PAIR).path("sync_status").asText());
        refuseNextSyncChangeOn("redis-c-in12");
        ws.config(config(Scenarios.pair("")));
        Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertEquals("resuming", Scenarios.values(ws, PAIR).path("data_sync").asText());
        assertEquals("RECOVERYING", Scenarios.values(ws, PAIR).path("sync_status").asText());

        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        String shown = plan.output().replaceAll("\\s+", " ");
        assertTrue(shown.contains("data_sync = \"resuming\" -> \"running\""), shown);
        assertTrue(shown.contains("redis-c-in12 (primary) has not resumed yet"), shown);
        ws.apply();
        assertEquals("SYNCING", Scenarios.values(ws, PAIR).path("sync_status").asText());
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void pausingWhileAnInstanceIsAbnormalIsRefusedAtPlanWithoutACall() {
        ws.config(config(Scenarios.pair("")));
        ws.apply();
        cloud.outOfBand("geminidb/redis-d-in12", "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        cloud.clearCalls();
        ws.config(config(Scenarios.pair(PAUSED)));
        TerraformCli.Result plan = ws.run("plan");
        String error = Scenarios.failed(plan);
        assertTrue(error.contains("DR instance not normal"), error);
        assertTrue(error.contains("redis-d-in12 is abnormal"), "names the instance and its status: " + error);
        assertTrue(plan.stderr().contains("data_sync"), "points at the attribute: " + plan.stderr());
        assertEquals(0, cloud.calls(SYNC), "nothing was paused");

        cloud.outOfBand("geminidb/redis-d-in12", "{\"action\":\"set_status\",\"status\":\"normal\"}");
        ws.apply();
        assertEquals("SUSPENDED", Scenarios.values(ws, PAIR).path("sync_status").asText());
    }
}
