package dev.huaweidr.framework.server;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;
import java.util.function.Consumer;

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
     * Runs the action; its progress goes to {@code progress}, the returned diagnostics end it.
     *
     * <p>Progress stops with the provider. After Ctrl-C Terraform's stop hook fails the next event it takes,
     * which ends its event loop, and Terraform 1.15 panics on any event after that (its InvokeAction stream
     * ignores the loop's end). So once stopped, only the completed event, with the interruption's diagnostics,
     * is still sent.
     */
    public Diagnostics invoke(Value config, Consumer<String> progress) {
        StopSignal stop = session.stop();
        Consumer<String> untilStopped = line -> {
            if (!stop.isStopped()) {
                progress.accept(line);
            }
        };
        Invoke op = new Invoke(stop, session.provider(), config, untilStopped);
        Guard.run("Action " + action.typeName(), op.diagnostics(), () -> action.invoke(op));
        return op.diagnostics();
    }
}
