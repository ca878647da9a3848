package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.LINK_DELETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A destroy overtaken by another removal of the same pair or link (a second Terraform run, the console): the
 * destroy read the pair as there, and by the time its request arrives the cloud refuses it because the pair
 * is gone. That is what the destroy wanted: it succeeds. The other removal is made out of band while the
 * destroy's request is held up on its way (a latency fault), so the order of events is certain.
 */
class OvertakenDestroyAccTest extends EmulatedAccTest {
    private static final String PRECHECK = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/precheck";
    /** Generous: a machine busy with other builds may take minutes to run Terraform up to the request. */
    private static final Duration HELD = Duration.ofMinutes(3);

    @Test
    void aPairDeconstructedByAnotherRunMeanwhileIsDestroyed() {
        ws.config(config(Scenarios.pair("")));
        ws.apply();
        cloud.clearCalls();
        cloud.fault("{\"method\":\"POST\",\"path\":\"/redis-c-in12/disaster-recovery/precheck$\",\"latency_ms\":15000,"
                + "\"times\":1}");
        String output = overtaken(ws.start("destroy", "-auto-approve"), () -> cloud.calls(PRECHECK) == 1,
                () -> cloud.outOfBand("geminidb/redis-c-in12", "{\"action\":\"deconstruct_dr\"}"));
        assertTrue(output.contains("Destroy complete! Resources: 1 destroyed."), output);
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud));
    }

    @Test
    void aLinkRemovedByAnotherRunMeanwhileIsDestroyed() {
        ws.config(config(Scenarios.link("")));
        ws.apply();
        cloud.clearCalls();
        cloud.fault("{\"method\":\"DELETE\",\"path\":\"/cass-a-in06/dual-active-relationship$\",\"latency_ms\":15000,"
                + "\"times\":1}");
        String output = overtaken(ws.start("destroy", "-auto-approve"), () -> cloud.calls(LINK_DELETE) == 1,
                () -> cloud.outOfBand("geminidb/cass-a-in06", "{\"action\":\"remove_dual_active\"}"));
        assertTrue(output.contains("Destroy complete! Resources: 1 destroyed."), output);
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud));
    }

    /** Makes the {@code other} removal once the destroy's request {@code arrived}; returns what the destroy printed. */
    private static String overtaken(RunningTerraform destroy, BooleanSupplier arrived,
            Runnable other) {
        Scenarios.eventually("the destroy's request arrived", HELD, arrived);
        other.run();
        TerraformCli.Result result = destroy.finish(Duration.ofMinutes(3));
        assertEquals(0, result.exitCode(), "a pair found gone is destroyed\n" + result);
        return result.output();
    }
}
