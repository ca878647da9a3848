package dev.huaweidr.resources;

import dev.huaweidr.cloud.wait.ProgressListener;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.log.Logger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What an action tells its user while it runs: its own lines and the cloud waiter's, each shown by Terraform
 * as the action goes ({@code Action action.T.N (triggered by ...): line}) and logged; and, should it fail,
 * how far it got.
 */
public final class ActionProgress implements ProgressListener {
    private static final Logger LOG = Logger.named("action");

    private final Invoke op;
    private final String type;
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private volatile String last;

    public ActionProgress(Invoke op, String type) {
        this.op = op;
        this.type = type;
    }

    /** Shows {@code line} now; the waiter calls this on every change of status or progress. */
    @Override
    public void progress(String line) {
        last = line;
        LOG.info(line, "action", type);
        op.progress(line);
    }

    /** A step completed: shown now, and named in the report of a later failure. */
    public void done(String step) {
        steps.add(step);
        progress(step);
    }

    /** How far the action got, for the report of a failure: the steps completed and the last line shown. */
    public String soFar() {
        String done = steps.isEmpty() ? "No step was completed." : "Completed: " + String.join("; ", steps) + ".";
        String seen = last == null || steps.contains(last) ? "" : " Last progress: " + last + ".";
        return done + seen;
    }
}
