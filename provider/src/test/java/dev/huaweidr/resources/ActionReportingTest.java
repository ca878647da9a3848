package dev.huaweidr.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.CallSite;
import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.Service;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an action reports its progress and, when it fails, how far it got and what to check. */
class ActionReportingTest {
    private static final String CHECK = "read the roles before invoking it again.";
    private static final CallSite SWAP = new CallSite(Service.DCS, "PUT", "/v2/p/instances/i/async-swap");

    private final List<String> shown = new ArrayList<>();
    private final ActionProgress progress = new ActionProgress(new Invoke(new StopSignal(),
            ProviderData.unavailable("not needed"), Value.object(Type.object(Map.of()), Map.of()), shown::add), "t");

    @Test
    void everyLineIsShownAndStepsAndTheLastLineMakeTheAccount() {
        assertEquals("No step was completed.", progress.soFar());
        progress.done("Checked i");
        progress.progress("job: RUNNING");
        progress.done("Started job j");
        progress.progress("job: INIT");
        assertEquals(List.of("Checked i", "job: RUNNING", "Started job j", "job: INIT"), shown);
        assertEquals("Completed: Checked i; Started job j. Last progress: job: INIT.", progress.soFar());
        progress.done("Job j succeeded");
        assertEquals("Completed: Checked i; Started job j; Job j succeeded.", progress.soFar(),
                "a step that is the last line is not named twice");
    }

    @Test
    void anInterruptedActionSaysHowFarItGotAndWhatToCheck() {
        progress.done("Started job j");
        Diagnostic d = report(new CancelledException("waiting for DCS job j"));
        assertEquals("Interrupted while swapping i", d.summary());
        assertEquals("Terraform was interrupted: cancelled while waiting for DCS job j: the provider is stopping. "
                + "Completed: Started job j. Anything it started may still be running in the cloud: " + CHECK, d.detail());
    }

    @Test
    void aTimedOutActionSaysWhatToCheckAndHowToWaitLonger() {
        Diagnostic d = report(DeadlineExceededException.whileWaiting("DCS job j (swap) still RUNNING after 3s"));
        assertEquals("Timed out while swapping i", d.summary());
        assertTrue(d.detail().startsWith("DCS job j (swap) still RUNNING after 3s. No step was completed. Anything "
                + "it started may still finish in the cloud: " + CHECK), d.detail());
        assertTrue(d.detail().endsWith("Give the action a longer `timeout` to wait for it."), d.detail());
    }

    @Test
    void aTimeoutBeforeAnyCallSaysHowFarItGotButNotToWaitLonger() {
        progress.done("Checked i");
        Diagnostic d = report(DeadlineExceededException.beforeCall("deadline of 3s exceeded before GET /v2/p/jobs/j"));
        assertEquals("Timed out while swapping i", d.summary());
        assertEquals("deadline of 3s exceeded before GET /v2/p/jobs/j. Completed: Checked i.", d.detail(),
                "nothing it waited for goes on, so more time is no advice");
    }

    @Test
    void aRefusalKeepsTheAnswersCodeAndAnUnknownOutcomeAsksForACheck() {
        // DCS.4973 is the emulator's code for this refusal (docs/cloud-contract.md): any code is kept as given.
        Diagnostic refused = report(new ApiException(SWAP, 400, "DCS.4973", "not master/standby", "r1",
                ErrorClass.FATAL));
        assertEquals("Failed swapping i", refused.summary());
        assertEquals("DCS.4973: not master/standby (HTTP 400, PUT /v2/p/instances/i/async-swap, request id r1). "
                + "No step was completed.", refused.detail());
        Diagnostic unknown = report(new OutcomeUnknownException(SWAP, "connection reset", new IOException("reset")));
        assertTrue(unknown.detail().endsWith("may or may not have been applied. No step was completed. " + CHECK),
                unknown.detail());
    }

    private Diagnostic report(CloudException e) {
        Diagnostics diagnostics = new Diagnostics();
        CloudErrors.reportAction(diagnostics, "swapping i", e, progress.soFar(),
                CHECK);
        assertEquals(1, diagnostics.all().size());
        assertTrue(diagnostics.hasErrors());
        return diagnostics.all().get(0);
    }
}
