package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.CONSTRUCT;
import static dev.huaweidr.reliability.Scenarios.PAIR;
import static dev.huaweidr.reliability.Scenarios.SWAP;
import static dev.huaweidr.reliability.Scenarios.dcsMaster;
import static dev.huaweidr.reliability.Scenarios.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.RunningTerraform;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of Terraform in the middle of a create and of an action: Terraform can neither stop nor shut
 * down its provider, so the provider notices by itself that Terraform is gone and exits (the promise: within
 * 5 s; checked here: within 10 s, wherever it was re-parented to). It does nothing more in the cloud, and the
 * next apply converges without building anything twice.
 */
class KilledTerraformAccTest extends EmulatedAccTest {
    private static final String PRECHECK = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/precheck";
    private static final int PRECHECK_LATENCY_MILLIS = 8_000;
    private static final Duration PROVIDER_GONE = Duration.ofSeconds(10);

    /**
     * Killed while the cloud answers the apply's precheck slowly: a provider that outlived Terraform would get
     * the answer and go on to construct the pair, unknown to any state, and the next apply would meet it.
     */
    @Test
    void killedDuringACreateLeavesNoProviderAndTheNextApplyBuildsThePairOnce() {
        ws.config(config(Scenarios.pair("")));
        ws.ok("plan", "-out=tfplan");
        int prechecksAtPlan = cloud.calls(PRECHECK);
        cloud.fault("{\"method\":\"POST\",\"path\":\"disaster-recovery/precheck$\",\"latency_ms\":"
                + PRECHECK_LATENCY_MILLIS + ",\"times\":1}");
        RunningTerraform terraform = ws.start("apply", "tfplan");
        long killed = killWhen(terraform, () -> cloud.calls(PRECHECK) > prechecksAtPlan);

        assertProvidersGone(killed);
        sleep(PRECHECK_LATENCY_MILLIS + 2_000 - Duration.ofNanos(System.nanoTime() - killed).toMillis());
        assertEquals(0, cloud.calls(CONSTRUCT), "nothing was built once Terraform was gone");
        assertNull(ws.resource(PAIR), "Terraform recorded nothing");

        ws.apply();
        assertEquals(2, cloud.calls(CONSTRUCT), "each side constructed once");
        Scenarios.assertConverged(ws, cloud);
    }

    /** Killed while the swap job runs: the provider stops polling it and exits; the swap happens once. */
    @Test
    void killedDuringAnActionLeavesNoProviderAndTheSwapHappensOnce() {
        cloud.fault("{\"path\":\"async-swap$\",\"job_millis\":20000,\"times\":1}");
        ws.config(config("action \"huaweidr_dcs_swap\" \"swap\" {\n  config {\n"
                + "    instance_id = \"dcs-ha-01\"\n  }\n}\n"));
        String masterBefore = dcsMaster(cloud);
        RunningTerraform terraform = ws.start("apply", "-auto-approve", "-invoke=action.huaweidr_dcs_swap.swap");
        long killed = killWhen(terraform, () -> terraform.outputSoFar().contains("masterStandbySwapJob: "));

        assertProvidersGone(killed);
        Scenarios.eventually("the swap job completed", Duration.ofSeconds(60),
                () -> !dcsMaster(cloud).equals(masterBefore));
        assertEquals(1, cloud.calls(SWAP), "one swap, never repeated");
        Scenarios.assertConverged(ws, cloud);
    }

    /** Kills Terraform once {@code ready}; returns when (System.nanoTime). */
    private long killWhen(RunningTerraform terraform, BooleanSupplier ready) {
        Scenarios.eventually("the operation reached the cloud", Duration.ofMinutes(2), ready);
        assertTrue(ws.processes().size() > 1, "a provider runs beside Terraform");
        long killed = System.nanoTime();
        terraform.kill();
        terraform.finish(Duration.ofSeconds(30));
        return killed;
    }

    /** How long the providers took is printed for docs/reliability.md. */
    private void assertProvidersGone(long killed) {
        Scenarios.eventually("no provider process of the killed Terraform left", PROVIDER_GONE,
                () -> ws.processes().isEmpty());
        System.out.println("kill -9: no provider process left "
                + Duration.ofNanos(System.nanoTime() - killed).toMillis() + " ms after Terraform was killed");
    }
}
