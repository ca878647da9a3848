package dev.huaweidr.framework.action;

import dev.huaweidr.framework.diag.Diagnostics;

/** What one run of an action sends Terraform: progress lines as they happen, then one completed event. */
public interface ActionEvents {
    /** A line Terraform shows as "Action action.T.N (triggered by ...): message". */
    void progress(String message);

    /** The end of the run, with its diagnostics (errors make Terraform report the action failed). */
    void completed(Diagnostics diagnostics);
}
