package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.JOB_POLL;
import static dev.huaweidr.reliability.Scenarios.LINK;
import static dev.huaweidr.reliability.Scenarios.PAIR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cloud out of reach while a create waits for its jobs: the cloud accepted the work, the provider cannot
 * see it end. The cloud here is an emulator stopped right after the create's change requests and started
 * again from its state file, where the jobs go on. The create is recorded as being built (a warning, not a
 * failure, so not tainted), and the next plan finds it built: nothing is torn down or built again.
 */
class LostConnectionAccTest extends EmulatedAccTest {
    /** Jobs longer than the time the test needs to stop the emulator once the change requests were made. */
    private static final String SLOW = "\"job_millis\":15000";
    /** Generous: a machine busy with other builds may take minutes to run Terraform up to the cloud calls. */
    private static final Duration WAIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aConnectionLostWhileTheConstructionJobsRunLeavesThePairRecordedNotTainted() {
        try (CloudEmulator restarting = CloudEmulator.start(CloudEmulator.options().withState(dir.resolve("cloud.json")))) {
            restarting.fault("{\"method\":\"POST\",\"path\":\"disaster-recovery/construction$\"," + SLOW + ",\"times\":2}");
            ws.config(restarting.providerBlock("ap-southeast-1") + Scenarios.pair(""));
            String output = loseConnection(restarting);
            assertTrue(output.contains("Could not follow the DR relationship being built"), output);
            assertFalse(ws.resource(PAIR).path("tainted").asBoolean(), "recorded as being built, not to be rebuilt");
            assertEquals("NEW", Scenarios.values(ws, PAIR).path("sync_status").asText());

            Scenarios.eventually("the construction jobs completed", WAIT,
                    () -> Scenarios.drPairOf(restarting, "redis-c-in12").path("constructed").size() == 2);
            assertEquals(0, ws.plan().exitCode(), "found built: nothing to tear down or build again");
            Scenarios.assertConverged(ws, restarting);
            assertEquals("SYNCING", Scenarios.values(ws, PAIR).path("sync_status").asText());
        }
    }

    @Test
    void aConnectionLostWhileTheLinkJobRunsLeavesTheLinkRecordedNotTainted() {
        try (CloudEmulator restarting = CloudEmulator.start(CloudEmulator.options().withState(dir.resolve("cloud.json")))) {
            restarting.fault("{\"method\":\"POST\",\"path\":\"dual-active-relationship$\"," + SLOW + ",\"times\":1}");
            ws.config(restarting.providerBlock("ap-southeast-1") + Scenarios.link(""));
            String output = loseConnection(restarting);
            assertTrue(output.contains("Could not follow the active-active link being built"), output);
            assertFalse(ws.resource(LINK).path("tainted").asBoolean(), "recorded as being built, not to be rebuilt");
            assertEquals("building", Scenarios.values(ws, LINK).path("status").asText());

            Scenarios.eventually("the link job completed", WAIT,
                    () -> "normal".equals(Scenarios.linkOf(restarting, "cass-a-in06").path("status").asText()));
            assertEquals(0, ws.plan().exitCode(), "found made: nothing to remove or make again");
            Scenarios.assertConverged(ws, restarting);
            assertEquals("normal", Scenarios.values(ws, LINK).path("status").asText());
        }
    }

    /**
     * Runs {@code terraform apply}, stops the emulator once the create polls its jobs, lets the apply end without
     * a cloud, then starts the emulator again; returns what the apply printed. Not as soon as the change requests
     * are counted: the emulator counts a request when it arrives, and stopping it before its answer is sent makes
     * the request's outcome unknown, which is another case (an error, rightly), not a lost sight of the jobs.
     */
    private String loseConnection(CloudEmulator emulator) {
        RunningTerraform apply = ws.start("apply", "-auto-approve");
        Scenarios.eventually("the create polls its jobs", WAIT, () -> emulator.calls(JOB_POLL) > 0);
        emulator.stop();
        TerraformCli.Result result = apply.finish(Duration.ofMinutes(3));
        emulator.restart();
        assertEquals(0, result.exitCode(), "the work goes on in the cloud: a warning, not a failure\n" + result);
        return result.output();
    }
}
