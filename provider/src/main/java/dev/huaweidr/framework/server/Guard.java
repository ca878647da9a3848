package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.ProviderUnavailableException;
import dev.huaweidr.log.Logger;
import java.util.function.Supplier;

/**
 * Runs provider code so that nothing it throws reaches the protocol: a failure becomes an error diagnostic
 * for the user and a stack trace in the log, and the plugin keeps serving.
 */
final class Guard {
    private static final Logger LOG = Logger.named("framework");

    private Guard() {
    }

    static void run(String what, Diagnostics diagnostics, Runnable body) {
        call(what, diagnostics, () -> {
            body.run();
            return null;
        }, null);
    }

    /** {@code body}'s result, or {@code fallback} when it failed. */
    static <T> T call(String what, Diagnostics diagnostics, Supplier<T> body, T fallback) {
        try {
            return body.get();
        } catch (ProviderUnavailableException e) {
            diagnostics.error("Provider not configured", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("unexpected failure", "operation", what, "error", e.toString(), "stack", stack(e));
            diagnostics.error("Unexpected error in " + what,
                    "The provider failed unexpectedly: " + e + ". This is a bug in huaweidr; the log at "
                            + "TF_LOG=error holds the details.");
        }
        return fallback;
    }

    private static String stack(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (StackTraceElement frame : e.getStackTrace()) {
            out.append(frame).append('\n');
        }
        return out.toString();
    }
}
