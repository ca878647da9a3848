package dev.huaweidr.protocol;

import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.server.ResourceServer;
import dev.huaweidr.proto.tfplugin6.ActionSchema;
import dev.huaweidr.proto.tfplugin6.GetFunctions;
import dev.huaweidr.proto.tfplugin6.GetMetadata;
import dev.huaweidr.proto.tfplugin6.GetProviderSchema;
import dev.huaweidr.proto.tfplugin6.GetResourceIdentitySchemas;
import dev.huaweidr.proto.tfplugin6.ServerCapabilities;
import java.util.Map;

/**
 * GetProviderSchema and its relatives. The answers never change within a process, so each is built once,
 * on first use; Terraform asks only the first process of a command, thanks to
 * {@code get_provider_schema_optional}.
 */
final class SchemaCalls {
    /**
     * {@code plan_destroy}: resources see destroy plans (to warn about what a destroy loses);
     * {@code get_provider_schema_optional}: later processes skip the schema round trip;
     * {@code generate_resource_config}: {@code terraform query -generate-config-out} asks us.
     */
    static final ServerCapabilities CAPABILITIES = ServerCapabilities.newBuilder()
            .setPlanDestroy(true)
            .setGetProviderSchemaOptional(true)
            .setGenerateResourceConfig(true)
            .build();

    private final ProviderServer server;
    private GetProviderSchema.Response schema;

    SchemaCalls(ProviderServer server) {
        this.server = server;
    }

    /** Built once; a call that arrives while {@link ProviderService#prepare} builds it waits for that. */
    synchronized GetProviderSchema.Response providerSchema() {
        if (schema == null) {
            schema = buildProviderSchema();
        }
        return schema;
    }

    GetMetadata.Response metadata() {
        GetMetadata.Response.Builder out = GetMetadata.Response.newBuilder().setServerCapabilities(CAPABILITIES);
        server.resources().keySet().forEach(t -> out.addResources(GetMetadata.ResourceMetadata.newBuilder().setTypeName(t)));
        server.dataSources().keySet().forEach(t -> out.addDataSources(GetMetadata.DataSourceMetadata.newBuilder().setTypeName(t)));
        server.actions().keySet().forEach(t -> out.addActions(GetMetadata.ActionMetadata.newBuilder().setTypeName(t)));
        server.lists().keySet().forEach(t -> out.addListResources(GetMetadata.ListResourceMetadata.newBuilder().setTypeName(t)));
        return out.build();
    }

    GetResourceIdentitySchemas.Response identitySchemas() {
        GetResourceIdentitySchemas.Response.Builder out = GetResourceIdentitySchemas.Response.newBuilder();
        for (Map.Entry<String, ResourceServer> e : server.resources().entrySet()) {
            e.getValue().identitySchema().ifPresent(s -> out.putIdentitySchemas(e.getKey(), ProtoSchemas.identity(s)));
        }
        return out.build();
    }

    /** Functions are not offered; OpenTofu asks anyway. */
    GetFunctions.Response functions() {
        return GetFunctions.Response.getDefaultInstance();
    }

    private GetProviderSchema.Response buildProviderSchema() {
        GetProviderSchema.Response.Builder out = GetProviderSchema.Response.newBuilder()
                .setProvider(ProtoSchemas.of(server.providerSchema()))
                .setServerCapabilities(CAPABILITIES);
        server.resources().forEach((type, r) -> out.putResourceSchemas(type, ProtoSchemas.of(r.schema())));
        server.dataSources().forEach((type, d) -> out.putDataSourceSchemas(type, ProtoSchemas.of(d.schema())));
        server.actions().forEach((type, a) -> out.putActionSchemas(type,
                ActionSchema.newBuilder().setSchema(ProtoSchemas.of(a.schema())).build()));
        server.lists().forEach((type, l) -> out.putListResourceSchemas(type, ProtoSchemas.of(l.schema())));
        return out.build();
    }
}
