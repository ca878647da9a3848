package dev.huaweidr.framework.server;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.diag.Diagnostics;
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

    /** Runs the action; its progress goes to {@code progress}, the returned diagnostics end it. */
    public Diagnostics invoke(Value config, Consumer<String> progress) {
        Invoke op = new Invoke(session.stop(), session.provider(), config, progress);
        Guard.run("Action " + action.typeName(), op.diagnostics(), () -> action.invoke(op));
        return op.diagnostics();
    }
}
