package dev.huaweidr.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/** What resources and data sources say when the cloud failed them: the `timeouts` block only where it helps. */
class CloudErrorsTest {
    @Test
    void moreTimeIsAdvisedOnlyForCloudWorkThatGoesOn() {
        Diagnostic waiting = report("building the DR relationship redis-a", DeadlineExceededException.whileWaiting(
                "GeminiDB job 1 (ConstructDisasterRecovery on redis-a) still Running at 60% after 20m0s"));
        assertEquals("Timed out while building the DR relationship redis-a", waiting.summary());
        assertEquals("GeminiDB job 1 (ConstructDisasterRecovery on redis-a) still Running at 60% after 20m0s. The "
                + "work may still finish in the cloud; raise the timeout in the `timeouts` block or run apply again "
                + "later.", waiting.detail());

        Diagnostic read = report("reading DCS instance d-1 in ap-southeast-1", DeadlineExceededException.beforeCall(
                "deadline of 5m0s exceeded before GET /v2/p/instances/d-1"));
        assertEquals("Timed out while reading DCS instance d-1 in ap-southeast-1", read.summary());
        assertEquals("deadline of 5m0s exceeded before GET /v2/p/instances/d-1", read.detail(),
                "a read has no cloud work to finish, and a data source no `timeouts` block");
    }

    private static Diagnostic report(String doing, CloudException e) {
        Diagnostics diagnostics = new Diagnostics();
        CloudErrors.report(diagnostics, doing, e);
        assertEquals(1, diagnostics.all().size());
        return diagnostics.all().get(0);
    }
}
