package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.CONSTRUCT;
import static dev.huaweidr.reliability.Scenarios.DECONSTRUCT;
import static dev.huaweidr.reliability.Scenarios.LINK;
import static dev.huaweidr.reliability.Scenarios.LINK_CREATE;
import static dev.huaweidr.reliability.Scenarios.PAIR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Cloud jobs that fail, jobs slower than the resource's timeout, and a destroy that fails half-way: what
 * exists is recorded (nothing more), the error says what failed and what to do, and the next apply or
 * destroy finishes the work. (A standby construction failing after the primary's succeeded:
 * {@code RedisDrRulesAccTest}.)
 */
class FailedWorkAccTest extends EmulatedAccTest {
    @Test
    void aFailedLinkJobLeavesNothingRecordedAndTheNextApplyLinks() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"dual-active-relationship$\",\"job_fail_reason\":"
                + "\"insufficient quota\",\"times\":1}");
        ws.config(config(Scenarios.link("")));
        String error = Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertTrue(error.contains("insufficient quota"), "names the cloud's reason: " + error);
        assertTrue(error.contains("BuildBiActiveInstance"), "names the job: " + error);
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud), "a failed job built nothing, and nothing is recorded");

        ws.apply();
        assertEquals(2, cloud.calls(LINK_CREATE));
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aFailedPrimaryConstructionLeavesNothingRecordedAndTheNextApplyBuilds() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/redis-c-in12/disaster-recovery/construction$\","
                + "\"job_fail_reason\":\"primary disk full\",\"times\":1}");
        ws.config(config(Scenarios.pair("")));
        String error = Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertTrue(error.contains("primary disk full"), error);
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud), "the cloud dropped the pair; so does the state");

        ws.apply();
        assertEquals(2 + 2, cloud.calls(CONSTRUCT), "both sides once more, nothing torn down");
        assertEquals(0, cloud.calls(DECONSTRUCT));
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aPauseFailingAfterThePairWasBuiltLeavesItRecordedNotTaintedAndTheNextApplyPauses() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"disaster-recovery/data-synchronization$\","
                + "\"job_fail_reason\":\"replication link busy\",\"times\":2}");
        ws.config(config(Scenarios.pair("  data_sync = \"paused\"\n")));
        String built = ws.apply().output().replaceAll("\\s+", " ");
        assertTrue(built.contains("DR relationship built, not finished"), built);
        assertTrue(built.contains("replication link busy"), "names the cloud's reason: " + built);
        assertFalse(ws.resource(PAIR).path("tainted").asBoolean(), "a pair that works is never rebuilt");
        assertEquals(2, cloud.calls(CONSTRUCT));

        ws.apply();
        assertEquals("SUSPENDED", Scenarios.values(ws, PAIR).path("sync_status").asText(), "paused by the next apply");
        assertEquals(2, cloud.calls(CONSTRUCT), "and not rebuilt");
        assertEquals(0, cloud.calls(DECONSTRUCT));
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void constructionJobsSlowerThanTheTimeoutAreRecordedAndAdoptedByTheNextApply() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"disaster-recovery/construction$\",\"job_millis\":8000,\"times\":2}");
        ws.config(config(Scenarios.pair(Scenarios.timeouts("create", "3s"))));
        TerraformCli.Result timedOut = ws.apply();
        assertTrue(timedOut.output().contains("Timed out waiting"), timedOut.output());
        assertTrue(timedOut.output().contains("timeouts"), "says how to wait longer: " + timedOut.output());
        assertFalse(ws.resource(PAIR).path("tainted").asBoolean(), "not to be rebuilt: the jobs go on");
        assertEquals("NEW", Scenarios.values(ws, PAIR).path("sync_status").asText());
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud));

        Scenarios.eventually("both construction jobs completed", Duration.ofSeconds(30),
                () -> Scenarios.drPairOf(cloud, "redis-c-in12").path("constructed").size() == 2);
        Scenarios.assertConverged(ws, cloud);
        assertEquals("SYNCING", Scenarios.values(ws, PAIR).path("sync_status").asText());
    }

    @Test
    void aLinkJobSlowerThanTheTimeoutIsRecordedAndAdoptedByTheNextApply() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"dual-active-relationship$\",\"job_millis\":8000,\"times\":1}");
        ws.config(config(Scenarios.link(Scenarios.timeouts("create", "3s"))));
        TerraformCli.Result timedOut = ws.apply();
        assertTrue(timedOut.output().contains("Timed out waiting"), timedOut.output());
        assertFalse(ws.resource(LINK).path("tainted").asBoolean());
        Scenarios.eventually("the link job completed", Duration.ofSeconds(30),
                () -> "normal".equals(Scenarios.linkOf(cloud, "cass-a-in06").path("status").asText())
                        && cloud.state().path("geminidb_instances").findValues("actions").stream()
                                .allMatch(a -> a.isEmpty()));
        assertEquals(1, cloud.calls(LINK_CREATE), "linked once");
        Scenarios.assertConverged(ws, cloud);
        assertEquals("normal", Scenarios.values(ws, LINK).path("status").asText());
    }

    @Test
    void aDestroyFailingHalfWayKeepsThePairAndTheNextDestroyFinishesIt() {
        ws.config(config(Scenarios.pair("")));
        ws.apply();
        cloud.fault("{\"method\":\"POST\",\"path\":\"/redis-d-in12/disaster-recovery/deconstruction$\","
                + "\"job_fail_reason\":\"standby node unreachable\",\"times\":1}");
        String error = Scenarios.failed(ws.run("destroy", "-auto-approve"));
        assertTrue(error.contains("standby node unreachable"), error);
        assertTrue(error.contains("Failed removing the DR relationship"), error);
        assertTrue(error.contains("Run the same command again"), "says what to do: " + error);
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud), "the standby is still in the pair, and so in state");

        cloud.clearCalls();
        ws.destroy();
        assertEquals(1, cloud.calls(DECONSTRUCT), "only the standby, which was left over");
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud));
    }
}
