package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.CONSTRUCT;
import static dev.huaweidr.reliability.Scenarios.PAIR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import java.time.Duration;
import java.util.List;
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
    private static final String SWAP = "PUT /v2/{project_id}/instances/{instance_id}/async-swap";

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
        ws.config(config("action \"huaweidr_dcs_swap\" \"swap\" {\n  config {\n"
                + "    instance_id = \"dcs-ha-01\"\n  }\n}\n"));
        String masterBefore = dcsMaster();
        String output = interruptWhen(ws.start("apply", "-auto-approve", "-invoke=action.huaweidr_dcs_swap.swap"),
                () -> cloud.calls(SWAP) == 1);
        assertTrue(output.contains("Interrupted while swapping master and replica"), output);
        assertTrue(output.contains("huaweidr_dcs_instance_roles"), "says what to check before swapping again: " + output);

        Scenarios.eventually("the swap job completed", JOB_END, () -> !dcsMaster().equals(masterBefore));
        assertEquals(1, cloud.calls(SWAP), "the swap ran once and was never repeated");
    }

    /**
     * Interrupts {@code terraform} once {@code ready} (the cloud job started), then checks that it exited
     * while the job still ran (the provider stopped waiting), said it was interrupted, and left no provider
     * process behind; returns its output. How long it took is printed for docs/reliability.md.
     */
    private String interruptWhen(RunningTerraform terraform, BooleanSupplier ready) {
        Scenarios.eventually("the cloud job started", Duration.ofMinutes(2), ready);
        sleep(500);
        List<ProcessHandle> providers = ProcessHandle.of(terraform.pid()).map(p -> p.descendants().toList())
                .orElse(List.of());
        assertFalse(providers.isEmpty(), "the provider runs under Terraform");
        long signalled = System.nanoTime();
        terraform.interrupt();
        TerraformCli.Result result = terraform.finish(Duration.ofMinutes(2));
        long tookMillis = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
        assertTrue(cloudJobRunning(), "Terraform ended before the cloud job did: the provider stopped waiting\n"
                + result);
        System.out.println("interrupt: Terraform exited " + tookMillis + " ms after SIGINT");
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.output().contains("Interrupt received"), result.toString());
        Scenarios.eventually("every provider process exited", Duration.ofSeconds(5),
                () -> providers.stream().noneMatch(ProcessHandle::isAlive));
        return result.output();
    }

    private boolean cloudJobRunning() {
        for (JsonNode job : cloud.state().path("jobs")) {
            if ("RUNNING".equals(job.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private String dcsMaster() {
        for (JsonNode instance : cloud.state().path("dcs_instances")) {
            if ("dcs-ha-01".equals(instance.path("instance_id").asText())) {
                for (JsonNode node : instance.path("nodes")) {
                    if ("master".equals(node.path("node_type").asText())) {
                        return node.path("logical_node_id").asText();
                    }
                }
            }
        }
        throw new AssertionError("dcs-ha-01 has no master");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
