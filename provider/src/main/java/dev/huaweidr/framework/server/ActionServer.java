package dev.huaweidr.framework.server;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.ActionEvents;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;

/** Serves one action type. */
public final class ActionServer {
    private final Action action;
    private final Session session;

    ActionServer(Action action, Session session) {
        this.action = action;
        this.session = session;
    }

    public Schema schema() {
        return action.schema();
    }

    public Diagnostics validate(Value config) {
        return ConfigValidation.validate(action.schema(), config);
    }

    /**
     * Runs the action: its progress lines, then its completed event, go to {@code events}, spaced so that
     * Terraform, interrupted, never takes two of them ({@link SpacedActionEvents}).
     */
    public void invoke(Value config, ActionEvents events) {
        StopSignal stop = session.stop();
        SpacedActionEvents spaced = new SpacedActionEvents(events, stop, SpacedActionEvents.GAP);
        Invoke op = new Invoke(stop, session.provider(), config, spaced::progress);
        Guard.run("Action " + action.typeName(), op.diagnostics(), () -> action.invoke(op));
        spaced.completed(op.diagnostics());
    }
}
