package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.CONSTRUCT;
import static dev.huaweidr.reliability.Scenarios.INVOKE_SWAP;
import static dev.huaweidr.reliability.Scenarios.PAIR;
import static dev.huaweidr.reliability.Scenarios.SWAP;
import static dev.huaweidr.reliability.Scenarios.SWAP_ACTION;
import static dev.huaweidr.reliability.Scenarios.dcsMaster;
import static dev.huaweidr.reliability.Scenarios.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.CpuHogs;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C (SIGINT to the Terraform process, which calls StopProvider) in the middle of a create, an update and
 * an action, each while a cloud job runs: the provider stops waiting promptly, Terraform saves state that
 * records what exists, the provider processes exit, and the next apply finishes the work. Nothing is repeated.
 */
class InterruptAccTest extends EmulatedAccTest {
    /** Long enough that Terraform, had the provider waited the job out, could not end before it. */
    private static final String SLOW = "\"job_millis\":20000";
    private static final Duration JOB_END = Duration.ofSeconds(60);
    private static final String SYNC = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/data-synchronization";
    private static final int DEFAULT_INTERRUPTS = 2;
    private static final int INTERRUPTS = Integer.getInteger("huaweidr.interrupts", DEFAULT_INTERRUPTS);
    /** Runs allowed per interrupt wanted; about one run in four ends before its interrupt on a loaded machine. */
    private static final int MAX_RUNS_PER_INTERRUPT = 5;
    /**
     * From "Action started" to a little past the swap's end, with its three-second job and its progress lines a
     * second apart: the range the interrupts are spread over.
     */
    private static final int ACTION_SPAN_MILLIS = 10_000;

    @Test
    void ctrlCWhileThePairIsBeingBuiltRecordsItAndTheNextApplyFindsItBuilt() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"disaster-recovery/construction$\"," + SLOW + ",\"times\":2}");
        ws.config(config(Scenarios.pair("")));
        String output = interruptWhen(ws.start("apply", "-auto-approve"),
                () -> Scenarios.drPairOf(cloud, "redis-c-in12").path("joined").size() == 2);
        assertTrue(output.contains("Interrupted while the DR relationship was being built"), output);
        assertFalse(ws.resource(PAIR).path("tainted").asBoolean(), "recorded as it is, not to be rebuilt");
        assertEquals("NEW", Scenarios.values(ws, PAIR).path("sync_status").asText());
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud));
        assertEquals(2, cloud.calls(CONSTRUCT), "each side constructed once");

        Scenarios.eventually("the construction jobs completed", JOB_END,
                () -> Scenarios.drPairOf(cloud, "redis-c-in12").path("constructed").size() == 2);
        Scenarios.assertConverged(ws, cloud);
        assertEquals("SYNCING", Scenarios.values(ws, PAIR).path("sync_status").asText());
    }

    @Test
    void ctrlCWhileSynchronizationIsPausingKeepsThePairAndTheNextApplyFindsItPaused() {
        ws.config(config(Scenarios.pair("")));
        ws.apply();
        cloud.fault("{\"method\":\"POST\",\"path\":\"disaster-recovery/data-synchronization$\"," + SLOW + ","
                + "\"times\":2}");
        ws.config(config(Scenarios.pair("  data_sync = \"paused\"\n")));
        String output = interruptWhen(ws.start("apply", "-auto-approve"), () -> cloud.calls(SYNC) == 2);
        assertTrue(output.contains("Interrupted while changing data synchronization"), output);
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud));

        Scenarios.eventually("both pause jobs completed", JOB_END,
                () -> Scenarios.drPairOf(cloud, "redis-c-in12").path("paused").size() == 2);
        Scenarios.assertConverged(ws, cloud);
        assertEquals("SUSPENDED", Scenarios.values(ws, PAIR).path("sync_status").asText());
    }

    @Test
    void ctrlCWhileASwapRunsStopsWaitingAndTheSwapStillHappensOnce() {
        cloud.fault("{\"path\":\"async-swap$\"," + SLOW + ",\"times\":1}");
        ws.config(config(SWAP_ACTION));
        String masterBefore = dcsMaster(cloud);
        RunningTerraform terraform = ws.start(INVOKE_SWAP);
        // The job's last status line before its long wait: the stop then comes more than a second after the
        // last event, so the action still ends with its completed event and says what happened.
        String output = interruptWhen(terraform,
                () -> terraform.outputSoFar().contains("masterStandbySwapJob: RUNNING"));
        assertTrue(output.contains("Interrupted while swapping master and replica"), output);
        assertTrue(output.contains("huaweidr_dcs_instance_roles"), "says what to check before swapping again: " + output);

        Scenarios.eventually("the swap job completed", JOB_END, () -> !dcsMaster(cloud).equals(masterBefore));
        assertEquals(1, cloud.calls(SWAP), "the swap ran once and was never repeated");
    }

    /**
     * Ctrl-C at random moments of a swap, while busy threads keep every core loaded: before, between and after
     * its progress lines, while its job runs, as it completes. Terraform 1.15 crashes if it takes two action
     * events after its own stop; it never does here (SpacedActionEvents). Each run swaps at most once, and the
     * cloud shows exactly what was done. {@code make test} runs {@value #DEFAULT_INTERRUPTS} interrupts;
     * {@code make test-interrupts} many more ({@code -Dhuaweidr.interrupts=N}).
     */
    @Test
    void ctrlCAtRandomMomentsOfASwapOnABusyMachineNeverCrashesTerraform() {
        ws.config(config(SWAP_ACTION));
        long seed = Long.getLong("huaweidr.interrupts.seed", System.nanoTime());
        Random random = new Random(seed);
        InterruptTally tally = new InterruptTally();
        CpuHogs hogs = CpuHogs.start(Duration.ofMinutes(5L + MAX_RUNS_PER_INTERRUPT * INTERRUPTS));
        try {
            // Counted are the interrupts that reach a running Terraform: on a loaded machine a run may end
            // before its random moment comes, and it is then run again.
            for (int i = 1; tally.signalled() < INTERRUPTS && i <= MAX_RUNS_PER_INTERRUPT * INTERRUPTS; i++) {
                cloud.reset();
                cloud.fault("{\"path\":\"async-swap$\",\"job_millis\":3000,\"times\":1}");
                String masterBefore = dcsMaster(cloud);
                Path log = ws.dir().resolve("interrupt-" + i + ".log");
                ws.env("TF_LOG_CORE", "warn").env("TF_LOG_PROVIDER", "trace").env("TF_LOG_PATH", log.toString());
                RunningTerraform terraform = ws.start(INVOKE_SWAP);
                Scenarios.eventually("the action started", Duration.ofMinutes(2),
                        () -> terraform.outputSoFar().contains("Action started") || !terraform.isRunning());
                sleep(random.nextInt(ACTION_SPAN_MILLIS));
                boolean signalled = terraform.interrupt();
                TerraformCli.Result result = terraform.finish(Duration.ofMinutes(2));
                String run = "run " + i + ", interrupt " + (tally.signalled() + 1) + " of " + INTERRUPTS + " (seed " + seed + "): " + result;
                assertFalse(crashed(result), "Terraform crashed: " + run);
                assertTrue(result.exitCode() == 0 || result.exitCode() == 1 && signalled, run);

                Scenarios.eventually("no cloud job left running", JOB_END, () -> !cloudJobRunning());
                int swaps = cloud.calls(SWAP);
                assertTrue(swaps <= 1, "swapped " + swaps + " times: " + run);
                assertEquals(swaps == 1, !dcsMaster(cloud).equals(masterBefore),
                        "the master changed if and only if a swap ran: " + run);
                if (result.output().contains("Action complete")) {
                    assertEquals(1, swaps, run);
                }
                Scenarios.eventually("every provider process exited", Duration.ofSeconds(10),
                        () -> ws.processes().isEmpty());
                tally.add(signalled, result, swaps, log);
            }
        } finally {
            hogs.close();
        }
        System.out.println("interrupts under load (seed " + seed + "): " + tally);
        assertTrue(tally.signalled() >= INTERRUPTS, "too few runs were interrupted while Terraform ran: " + tally);
    }

    /**
     * Interrupts {@code terraform} once {@code ready} (the cloud job started), then checks that it exited
     * while the job still ran (the provider stopped waiting), said it was interrupted, and left no provider
     * process behind; returns its output. How long it took is printed for docs/reliability.md.
     */
    private String interruptWhen(RunningTerraform terraform, BooleanSupplier ready) {
        Scenarios.eventually("the cloud job started", Duration.ofMinutes(2), ready);
        sleep(1_500); // more than the gap after which an interrupted action still sends its completed event
        assertTrue(ws.processes().size() > 1, "the provider runs beside Terraform");
        long signalled = System.nanoTime();
        assertTrue(terraform.interrupt(), "Terraform was still running");
        TerraformCli.Result result = terraform.finish(Duration.ofMinutes(2));
        long tookMillis = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
        assertTrue(cloudJobRunning(), "Terraform ended before the cloud job did: the provider stopped waiting\n"
                + result);
        System.out.println("interrupt: Terraform exited " + tookMillis + " ms after SIGINT");
        assertEquals(1, result.exitCode(), result.toString());
        assertFalse(crashed(result), result.toString());
        assertTrue(result.output().contains("Interrupt received"), result.toString());
        Scenarios.eventually("every provider process exited", Duration.ofSeconds(5), () -> ws.processes().isEmpty());
        return result.output();
    }

    /** Terraform's crash report, or an exit status other than success or an error it reported. */
    private static boolean crashed(TerraformCli.Result result) {
        return result.output().contains("panic:") || result.output().contains("TERRAFORM CRASH")
                || result.exitCode() > 1;
    }

    private boolean cloudJobRunning() {
        for (JsonNode job : cloud.state().path("jobs")) {
            if ("RUNNING".equals(job.path("status").asText())) {
                return true;
            }
        }
        return false;
    }
}
