package dev.huaweidr.resources;

import dev.huaweidr.framework.diag.Diagnostics;

/**
 * How an action says it will not do what it was asked, when its checks (or the cloud, answering that the
 * instance is busy) stopped it before anything started: why, and that nothing was changed.
 */
public final class ActionRefusal {
    private ActionRefusal() {
    }

    /** {@code cannot}, e.g. "Cannot swap DCS instance dcs-ha-01"; {@code why} in whole sentences. */
    public static void report(Diagnostics diagnostics, String cannot, String why) {
        diagnostics.error(cannot, why + " Nothing was changed.");
    }
}
