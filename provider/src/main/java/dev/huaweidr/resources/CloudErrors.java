package dev.huaweidr.resources;

import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.framework.diag.Diagnostics;

/**
 * Turns what the cloud client raised into the diagnostic a user reads: what was being done, the cloud's
 * error code and message (already in the exception's message), and what to do next.
 */
public final class CloudErrors {
    private CloudErrors() {
    }

    /** Reports {@code e}, raised while {@code doing} (e.g. "constructing the DR relationship on redis-a"). */
    public static void report(Diagnostics diagnostics, String doing, CloudException e) {
        if (e instanceof CancelledException) {
            diagnostics.error("Interrupted while " + doing, "Terraform was interrupted (" + e.getMessage()
                    + "). What was done so far is recorded; run apply again to finish.");
        } else if (e instanceof DeadlineExceededException) {
            diagnostics.error("Timed out while " + doing, sentence(e.getMessage()) + " The work may still finish "
                    + "in the cloud; raise the timeout in the `timeouts` block or run apply again later.");
        } else {
            diagnostics.error("Failed " + doing, e.getMessage());
        }
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
