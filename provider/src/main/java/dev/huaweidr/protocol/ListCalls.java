package dev.huaweidr.protocol;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.server.ListServer;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.server.ResourceServer;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ListResource;
import dev.huaweidr.proto.tfplugin6.ResourceIdentityData;
import dev.huaweidr.proto.tfplugin6.ValidateListResourceConfig;
import io.grpc.stub.StreamObserver;

/**
 * The list-resource RPCs behind {@code terraform query}. Each found object is streamed at once; errors end
 * the stream as one last event carrying only diagnostics.
 */
final class ListCalls {
    private final ProviderServer server;

    ListCalls(ProviderServer server) {
        this.server = server;
    }

    ValidateListResourceConfig.Response validate(ValidateListResourceConfig.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        ListServer list = lookup(request.getTypeName(), diagnostics);
        Value config = list == null ? null
                : ProtoValues.decode(request.getConfig(), list.schema().type(), "list configuration", diagnostics);
        if (config != null) {
            diagnostics.addAll(list.validate(config));
        }
        return ValidateListResourceConfig.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    void list(ListResource.Request request, StreamObserver<ListResource.Event> events) {
        Diagnostics diagnostics = new Diagnostics();
        ListServer list = lookup(request.getTypeName(), diagnostics);
        ResourceServer resource = server.resources().get(request.getTypeName());
        Value config = list == null ? null
                : ProtoValues.decode(request.getConfig(), list.schema().type(), "list configuration", diagnostics);
        if (config != null && resource != null) {
            ObjectType identityType = resource.identityType();
            ObjectType stateType = resource.schema().type();
            diagnostics.addAll(list.list(config, request.getIncludeResourceObject(), request.getLimit(),
                    (identity, displayName, object) -> {
                        ListResource.Event.Builder event = ListResource.Event.newBuilder()
                                .setIdentity(ResourceIdentityData.newBuilder()
                                        .setIdentityData(ProtoValues.encode(identity, identityType)))
                                .setDisplayName(displayName);
                        if (object != null) {
                            event.setResourceObject(ProtoValues.encode(object, stateType));
                        }
                        events.onNext(event.build());
                    }));
        }
        if (!diagnostics.all().isEmpty()) {
            events.onNext(ListResource.Event.newBuilder().addAllDiagnostic(ProtoDiagnostics.of(diagnostics)).build());
        }
        events.onCompleted();
    }

    private ListServer lookup(String typeName, Diagnostics diagnostics) {
        ListServer list = server.lists().get(typeName);
        if (list == null || server.resources().get(typeName) == null) {
            diagnostics.error("Unknown list resource", "huaweidr cannot list \"" + typeName + "\".");
            return null;
        }
        return list;
    }
}
