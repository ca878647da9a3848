package dev.huaweidr.protocol;

import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.log.Logger;
import dev.huaweidr.proto.tfplugin6.ApplyResourceChange;
import dev.huaweidr.proto.tfplugin6.CallFunction;
import dev.huaweidr.proto.tfplugin6.ConfigureProvider;
import dev.huaweidr.proto.tfplugin6.FunctionError;
import dev.huaweidr.proto.tfplugin6.GenerateResourceConfig;
import dev.huaweidr.proto.tfplugin6.GetFunctions;
import dev.huaweidr.proto.tfplugin6.GetMetadata;
import dev.huaweidr.proto.tfplugin6.GetProviderSchema;
import dev.huaweidr.proto.tfplugin6.GetResourceIdentitySchemas;
import dev.huaweidr.proto.tfplugin6.ImportResourceState;
import dev.huaweidr.proto.tfplugin6.InvokeAction;
import dev.huaweidr.proto.tfplugin6.ListResource;
import dev.huaweidr.proto.tfplugin6.MoveResourceState;
import dev.huaweidr.proto.tfplugin6.PlanAction;
import dev.huaweidr.proto.tfplugin6.PlanResourceChange;
import dev.huaweidr.proto.tfplugin6.ProviderGrpc;
import dev.huaweidr.proto.tfplugin6.ReadDataSource;
import dev.huaweidr.proto.tfplugin6.ReadResource;
import dev.huaweidr.proto.tfplugin6.StopProvider;
import dev.huaweidr.proto.tfplugin6.UpgradeResourceIdentity;
import dev.huaweidr.proto.tfplugin6.UpgradeResourceState;
import dev.huaweidr.proto.tfplugin6.ValidateActionConfig;
import dev.huaweidr.proto.tfplugin6.ValidateDataResourceConfig;
import dev.huaweidr.proto.tfplugin6.ValidateListResourceConfig;
import dev.huaweidr.proto.tfplugin6.ValidateProviderConfig;
import dev.huaweidr.proto.tfplugin6.ValidateResourceConfig;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/**
 * {@code tfplugin6.Provider}: each RPC hands over to the class for its family. Ephemeral resources and
 * state stores are not offered, so Terraform never calls those RPCs and the defaults answer UNIMPLEMENTED.
 */
public final class ProviderService extends ProviderGrpc.ProviderImplBase {
    private static final Logger LOG = Logger.named("protocol");

    private final SchemaCalls schema;
    private final ProviderCalls provider;
    private final ResourceCalls resources;
    private final DataSourceCalls dataSources;
    private final ActionCalls actions;
    private final ListCalls lists;

    public ProviderService(ProviderServer server) {
        this.schema = new SchemaCalls(server);
        this.provider = new ProviderCalls(server);
        this.resources = new ResourceCalls(server);
        this.dataSources = new DataSourceCalls(server);
        this.actions = new ActionCalls(server);
        this.lists = new ListCalls(server);
    }

    /**
     * Builds ahead what a command's first call asks for: the GetProviderSchema answer, whose map fields
     * need the descriptors of the whole protocol (the larger part of its cost on a cold JVM). Meant for the
     * time between the handshake line and Terraform's first call, which the process would otherwise spend
     * idle; a call for the schema that comes sooner waits for the answer being built instead of building it
     * again.
     */
    public void prepare() {
        schema.providerSchema();
    }

    @Override
    public void getMetadata(GetMetadata.Request request, StreamObserver<GetMetadata.Response> out) {
        unary("GetMetadata", "", out, schema::metadata);
    }

    @Override
    public void getProviderSchema(GetProviderSchema.Request request, StreamObserver<GetProviderSchema.Response> out) {
        unary("GetProviderSchema", "", out, schema::providerSchema);
    }

    @Override
    public void getResourceIdentitySchemas(GetResourceIdentitySchemas.Request request,
            StreamObserver<GetResourceIdentitySchemas.Response> out) {
        unary("GetResourceIdentitySchemas", "", out, schema::identitySchemas);
    }

    @Override
    public void getFunctions(GetFunctions.Request request, StreamObserver<GetFunctions.Response> out) {
        unary("GetFunctions", "", out, schema::functions);
    }

    @Override
    public void callFunction(CallFunction.Request request, StreamObserver<CallFunction.Response> out) {
        unary("CallFunction", request.getName(), out, () -> CallFunction.Response.newBuilder()
                .setError(FunctionError.newBuilder().setText("huaweidr offers no function \"" + request.getName() + "\""))
                .build());
    }

    @Override
    public void validateProviderConfig(ValidateProviderConfig.Request request,
            StreamObserver<ValidateProviderConfig.Response> out) {
        unary("ValidateProviderConfig", "", out, () -> provider.validate(request));
    }

    @Override
    public void configureProvider(ConfigureProvider.Request request, StreamObserver<ConfigureProvider.Response> out) {
        unary("ConfigureProvider", "", out, () -> provider.configure(request));
    }

    @Override
    public void stopProvider(StopProvider.Request request, StreamObserver<StopProvider.Response> out) {
        unary("StopProvider", "", out, provider::stop);
    }

    @Override
    public void validateResourceConfig(ValidateResourceConfig.Request request,
            StreamObserver<ValidateResourceConfig.Response> out) {
        unary("ValidateResourceConfig", request.getTypeName(), out, () -> resources.validate(request));
    }

    @Override
    public void upgradeResourceState(UpgradeResourceState.Request request,
            StreamObserver<UpgradeResourceState.Response> out) {
        unary("UpgradeResourceState", request.getTypeName(), out, () -> resources.upgrade(request));
    }

    @Override
    public void upgradeResourceIdentity(UpgradeResourceIdentity.Request request,
            StreamObserver<UpgradeResourceIdentity.Response> out) {
        unary("UpgradeResourceIdentity", request.getTypeName(), out, () -> resources.upgradeIdentity(request));
    }

    @Override
    public void readResource(ReadResource.Request request, StreamObserver<ReadResource.Response> out) {
        unary("ReadResource", request.getTypeName(), out, () -> resources.read(request));
    }

    @Override
    public void planResourceChange(PlanResourceChange.Request request, StreamObserver<PlanResourceChange.Response> out) {
        unary("PlanResourceChange", request.getTypeName(), out, () -> resources.plan(request));
    }

    @Override
    public void applyResourceChange(ApplyResourceChange.Request request,
            StreamObserver<ApplyResourceChange.Response> out) {
        unary("ApplyResourceChange", request.getTypeName(), out, () -> resources.apply(request));
    }

    @Override
    public void importResourceState(ImportResourceState.Request request,
            StreamObserver<ImportResourceState.Response> out) {
        unary("ImportResourceState", request.getTypeName(), out, () -> resources.importState(request));
    }

    @Override
    public void moveResourceState(MoveResourceState.Request request, StreamObserver<MoveResourceState.Response> out) {
        unary("MoveResourceState", request.getTargetTypeName(), out, () -> resources.move(request));
    }

    @Override
    public void generateResourceConfig(GenerateResourceConfig.Request request,
            StreamObserver<GenerateResourceConfig.Response> out) {
        unary("GenerateResourceConfig", request.getTypeName(), out, () -> resources.generateConfig(request));
    }

    @Override
    public void validateDataResourceConfig(ValidateDataResourceConfig.Request request,
            StreamObserver<ValidateDataResourceConfig.Response> out) {
        unary("ValidateDataResourceConfig", request.getTypeName(), out, () -> dataSources.validate(request));
    }

    @Override
    public void readDataSource(ReadDataSource.Request request, StreamObserver<ReadDataSource.Response> out) {
        unary("ReadDataSource", request.getTypeName(), out, () -> dataSources.read(request));
    }

    @Override
    public void validateActionConfig(ValidateActionConfig.Request request,
            StreamObserver<ValidateActionConfig.Response> out) {
        unary("ValidateActionConfig", request.getTypeName(), out, () -> actions.validate(request));
    }

    @Override
    public void planAction(PlanAction.Request request, StreamObserver<PlanAction.Response> out) {
        unary("PlanAction", request.getActionType(), out, () -> actions.plan(request));
    }

    @Override
    public void invokeAction(InvokeAction.Request request, StreamObserver<InvokeAction.Event> out) {
        streaming("InvokeAction", request.getActionType(), out, () -> actions.invoke(request, out));
    }

    @Override
    public void validateListResourceConfig(ValidateListResourceConfig.Request request,
            StreamObserver<ValidateListResourceConfig.Response> out) {
        unary("ValidateListResourceConfig", request.getTypeName(), out, () -> lists.validate(request));
    }

    @Override
    public void listResource(ListResource.Request request, StreamObserver<ListResource.Event> out) {
        streaming("ListResource", request.getTypeName(), out, () -> lists.list(request, out));
    }

    private static <T> void unary(String rpc, String type, StreamObserver<T> out, Supplier<T> call) {
        streaming(rpc, type, out, () -> {
            T response = call.get();
            out.onNext(response);
            out.onCompleted();
        });
    }

    /** Runs one call; a failure outside the framework's guard reaches Terraform as an INTERNAL error. */
    private static void streaming(String rpc, String type, StreamObserver<?> out, Runnable call) {
        long start = System.nanoTime();
        LOG.trace("rpc started", "rpc", rpc, "type", type);
        try {
            call.run();
            LOG.debug("rpc done", "rpc", rpc, "type", type, "millis", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("rpc failed", "rpc", rpc, "type", type, "error", e.toString());
            out.onError(Status.INTERNAL.withDescription(rpc + " failed in huaweidr: " + e).asRuntimeException());
        }
    }
}
