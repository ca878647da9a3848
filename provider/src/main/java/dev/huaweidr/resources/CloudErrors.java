package dev.huaweidr.resources;

import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.wait.JobFailedException;
import dev.huaweidr.framework.diag.Diagnostics;
import java.util.Locale;

/**
 * Turns what the cloud client raised into the diagnostic a user reads: what was being done, the cloud's
 * error code and message (already in the exception's message), and what to do next.
 */
public final class CloudErrors {
    /** A resource keeps what was done in its state, so running apply again finishes the work. */
    private static final Advice RESOURCE = new Advice("What was done so far is recorded; run apply again to finish.",
            "The work may still finish in the cloud; raise the timeout in the `timeouts` block or run apply again "
                    + "later.", "");
    /** After a lost answer or a failed job, what may exist is recorded, and the next run reads it back first. */
    private static final String RUN_AGAIN = "Whatever may exist in the cloud now is recorded. Run the same command "
            + "again (after resolving the cause, if the cloud named one): it reads back what exists first, then "
            + "finishes the work without repeating what was done.";

    private CloudErrors() {
    }

    /** Reports {@code e}, raised while {@code doing} (e.g. "constructing the DR relationship on redis-a"). */
    public static void report(Diagnostics diagnostics, String doing, CloudException e) {
        boolean openEnded = e instanceof OutcomeUnknownException || e instanceof JobFailedException;
        report(diagnostics, doing, e, openEnded ? RESOURCE.failing(RUN_AGAIN) : RESOURCE);
    }

    /**
     * Reports {@code e}, raised after the cloud accepted a create's work ({@code started}, e.g. "Both
     * construction jobs of x were started and go on in the cloud.") while the provider waited for it to end:
     * an interrupt, the timeout, or the cloud out of reach (a lost connection, an error answer to a poll). The
     * work goes on without us, so this is a warning: Terraform taints a resource whose create fails, and the
     * next apply would tear down {@code subject} (e.g. "the DR relationship") just as it is about to work, then
     * build it again. The state records it as being built; the next refresh reads how the work ended.
     */
    public static void warnStillBuilding(Diagnostics diagnostics, String subject, String started, CloudException e) {
        String next = started + " " + subject.substring(0, 1).toUpperCase(Locale.ROOT)
                + subject.substring(1) + " is recorded as being built, not tainted: the next plan reads how the "
                + "work ended and plans whatever is still missing.";
        if (e instanceof CancelledException) {
            diagnostics.warning("Interrupted while " + subject + " was being built", next);
        } else if (e instanceof DeadlineExceededException) {
            diagnostics.warning("Timed out waiting for " + subject + " to be built",
                    sentence(e.getMessage()) + " " + next + " To wait longer, raise `timeouts.create`.");
        } else {
            diagnostics.warning("Could not follow " + subject + " being built",
                    "Waiting for the cloud failed: " + sentence(e.getMessage()) + " " + next);
        }
    }

    /**
     * Reports {@code e}, raised while an action was {@code doing}. An action keeps no state, and what it
     * started may go on in the cloud, so the report says how far it got ({@code soFar}) and, whenever the
     * outcome is open, what to {@code check} before invoking it again.
     */
    public static void reportAction(Diagnostics diagnostics, String doing, CloudException e, String soFar,
            String check) {
        report(diagnostics, doing, e, new Advice(
                soFar + " Anything it started may still be running in the cloud: " + check,
                soFar + " Anything it started may still finish in the cloud: " + check
                        + " Give the action a longer `timeout` to wait for it.",
                e instanceof OutcomeUnknownException ? soFar + " " + check : soFar));
    }

    private static void report(Diagnostics diagnostics, String doing, CloudException e, Advice advice) {
        if (e instanceof CancelledException) {
            diagnostics.error("Interrupted while " + doing,
                    "Terraform was interrupted: " + sentence(e.getMessage()) + " " + advice.interrupted());
        } else if (e instanceof DeadlineExceededException d) {
            // More time helps only work that goes on in the cloud; a read or a call not made has none.
            diagnostics.error("Timed out while " + doing,
                    followedBy(e, d.cloudWorkMayFinish() ? advice.timedOut() : advice.failed()));
        } else {
            diagnostics.error("Failed " + doing, followedBy(e, advice.failed()));
        }
    }

    /** The exception's message, then {@code advice} when there is any. */
    private static String followedBy(CloudException e, String advice) {
        return advice.isEmpty() ? e.getMessage() : sentence(e.getMessage()) + " " + advice;
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /**
     * What to say after the error message, by how the work ended; {@code timedOut} only when the deadline
     * passed while cloud work went on, which may still finish.
     */
    private record Advice(String interrupted, String timedOut, String failed) {
        Advice failing(String advice) {
            return new Advice(interrupted, timedOut, advice);
        }
    }
}
