package dev.huaweidr.protocol;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ConfigureProvider;
import dev.huaweidr.proto.tfplugin6.StopProvider;
import dev.huaweidr.proto.tfplugin6.ValidateProviderConfig;

/** The provider block's RPCs and StopProvider. */
final class ProviderCalls {
    private final ProviderServer server;

    ProviderCalls(ProviderServer server) {
        this.server = server;
    }

    ValidateProviderConfig.Response validate(ValidateProviderConfig.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        Value config = ProtoValues.decode(request.getConfig(), server.providerSchema().type(), "provider configuration", diagnostics);
        if (config != null) {
            diagnostics.addAll(server.validateProviderConfig(config));
        }
        return ValidateProviderConfig.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    ConfigureProvider.Response configure(ConfigureProvider.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        Value config = ProtoValues.decode(request.getConfig(), server.providerSchema().type(), "provider configuration", diagnostics);
        if (config != null) {
            diagnostics.addAll(server.configure(config, request.getTerraformVersion()));
        }
        return ConfigureProvider.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    /** Winds down in-flight work; the process keeps serving until Terraform calls Shutdown. */
    StopProvider.Response stop() {
        server.stopInFlight();
        return StopProvider.Response.getDefaultInstance();
    }
}
