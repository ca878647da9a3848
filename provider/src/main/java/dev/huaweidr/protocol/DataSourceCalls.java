package dev.huaweidr.protocol;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.server.DataSourceServer;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ReadDataSource;
import dev.huaweidr.proto.tfplugin6.ValidateDataResourceConfig;

/** The data-source RPCs. */
final class DataSourceCalls {
    private final ProviderServer server;

    DataSourceCalls(ProviderServer server) {
        this.server = server;
    }

    ValidateDataResourceConfig.Response validate(ValidateDataResourceConfig.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        DataSourceServer dataSource = lookup(request.getTypeName(), diagnostics);
        if (dataSource != null) {
            Value config = ProtoValues.decode(request.getConfig(), dataSource.schema().type(), "configuration", diagnostics);
            if (config != null) {
                diagnostics.addAll(dataSource.validate(config));
            }
        }
        return ValidateDataResourceConfig.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    ReadDataSource.Response read(ReadDataSource.Request request) {
        ReadDataSource.Response.Builder out = ReadDataSource.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        DataSourceServer dataSource = lookup(request.getTypeName(), diagnostics);
        if (dataSource != null) {
            Value config = ProtoValues.decode(request.getConfig(), dataSource.schema().type(), "configuration", diagnostics);
            if (config != null) {
                DataSourceServer.Outcome outcome = dataSource.read(config);
                diagnostics.addAll(outcome.diagnostics());
                out.setState(ProtoValues.encode(outcome.state(), dataSource.schema().type()));
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    private DataSourceServer lookup(String typeName, Diagnostics diagnostics) {
        DataSourceServer dataSource = server.dataSources().get(typeName);
        if (dataSource == null) {
            diagnostics.error("Unknown data source", "huaweidr has no data source \"" + typeName + "\".");
        }
        return dataSource;
    }
}
