package dev.huaweidr.protocol;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.server.ActionServer;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.InvokeAction;
import dev.huaweidr.proto.tfplugin6.PlanAction;
import dev.huaweidr.proto.tfplugin6.ValidateActionConfig;
import io.grpc.stub.StreamObserver;

/**
 * The action RPCs. InvokeAction streams each progress line as it happens and always ends with a completed
 * event, which carries the errors of a failed action: without it Terraform never reports the action done.
 */
final class ActionCalls {
    private final ProviderServer server;

    ActionCalls(ProviderServer server) {
        this.server = server;
    }

    ValidateActionConfig.Response validate(ValidateActionConfig.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        ActionServer action = lookup(request.getTypeName(), diagnostics);
        Value config = action == null ? null : decode(action, request.getConfig(), diagnostics);
        if (config != null) {
            diagnostics.addAll(action.validate(config));
        }
        return ValidateActionConfig.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    /** Actions change no resource state, so a plan only re-checks the now known configuration. */
    PlanAction.Response plan(PlanAction.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        ActionServer action = lookup(request.getActionType(), diagnostics);
        Value config = action == null ? null : decode(action, request.getConfig(), diagnostics);
        if (config != null) {
            diagnostics.addAll(action.validate(config));
        }
        return PlanAction.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    void invoke(InvokeAction.Request request, StreamObserver<InvokeAction.Event> events) {
        Diagnostics diagnostics = new Diagnostics();
        ActionServer action = lookup(request.getActionType(), diagnostics);
        Value config = action == null ? null : decode(action, request.getConfig(), diagnostics);
        if (config != null) {
            diagnostics.addAll(action.invoke(config, message -> send(events, InvokeAction.Event.newBuilder()
                    .setProgress(InvokeAction.Event.Progress.newBuilder().setMessage(message)).build())));
        }
        send(events, InvokeAction.Event.newBuilder().setCompleted(InvokeAction.Event.Completed.newBuilder()
                .addAllDiagnostics(ProtoDiagnostics.of(diagnostics))).build());
        events.onCompleted();
    }

    /** Progress may come from several threads of one action; a stream takes one message at a time. */
    private static void send(StreamObserver<InvokeAction.Event> events, InvokeAction.Event event) {
        synchronized (events) {
            events.onNext(event);
        }
    }

    private ActionServer lookup(String typeName, Diagnostics diagnostics) {
        ActionServer action = server.actions().get(typeName);
        if (action == null) {
            diagnostics.error("Unknown action", "huaweidr has no action \"" + typeName + "\".");
        }
        return action;
    }

    private static Value decode(ActionServer action, dev.huaweidr.proto.tfplugin6.DynamicValue value, Diagnostics diagnostics) {
        return ProtoValues.decode(value, action.schema().type(), "action configuration", diagnostics);
    }
}
