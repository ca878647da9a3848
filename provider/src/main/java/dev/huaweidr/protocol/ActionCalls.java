package dev.huaweidr.protocol;

import dev.huaweidr.framework.action.ActionEvents;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.server.ActionServer;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.InvokeAction;
import dev.huaweidr.proto.tfplugin6.PlanAction;
import dev.huaweidr.proto.tfplugin6.ValidateActionConfig;
import io.grpc.stub.StreamObserver;

/**
 * The action RPCs. InvokeAction streams the action's progress lines and ends with a completed event, which
 * carries the errors of a failed action, except where an interrupt makes sending it unsafe for Terraform.
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

    /** The stream always ends with status OK: Terraform 1.15 can crash on an error status (SpacedActionEvents). */
    void invoke(InvokeAction.Request request, StreamObserver<InvokeAction.Event> stream) {
        ActionEvents events = new StreamedEvents(stream);
        Diagnostics diagnostics = new Diagnostics();
        ActionServer action = lookup(request.getActionType(), diagnostics);
        Value config = action == null ? null : decode(action, request.getConfig(), diagnostics);
        if (config != null) {
            action.invoke(config, events);
        } else {
            events.completed(diagnostics);
        }
        stream.onCompleted();
    }

    /** Action events as InvokeAction events, one at a time (the framework spaces them). */
    private record StreamedEvents(StreamObserver<InvokeAction.Event> stream) implements ActionEvents {
        @Override
        public void progress(String message) {
            stream.onNext(InvokeAction.Event.newBuilder()
                    .setProgress(InvokeAction.Event.Progress.newBuilder().setMessage(message)).build());
        }

        @Override
        public void completed(Diagnostics diagnostics) {
            stream.onNext(InvokeAction.Event.newBuilder().setCompleted(InvokeAction.Event.Completed.newBuilder()
                    .addAllDiagnostics(ProtoDiagnostics.of(diagnostics))).build());
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
