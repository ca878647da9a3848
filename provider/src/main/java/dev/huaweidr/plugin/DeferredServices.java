package dev.huaweidr.plugin;

import io.grpc.HandlerRegistry;
import io.grpc.ServerBuilder;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plugin's gRPC services, still being built when the server starts listening. Binding them loads the
 * provider, its schemas and every protocol message class; the server socket, the TLS context and the
 * certificate do not need any of that, so the handshake line goes out while they load, and a call that
 * arrives first waits here for them.
 */
final class DeferredServices extends HandlerRegistry implements ServiceSetup {
    private final CompletableFuture<List<ServerServiceDefinition>> services;
    private final CompletableFuture<Map<String, ServerMethodDefinition<?, ?>>> methods;

    DeferredServices(CompletableFuture<List<ServerServiceDefinition>> services) {
        this.services = services;
        this.methods = services.thenApply(list -> list.stream()
                .flatMap(service -> service.getMethods().stream())
                .collect(Collectors.toUnmodifiableMap(m -> m.getMethodDescriptor().getFullMethodName(),
                        Function.identity())));
    }

    /** Services that are already built. */
    static DeferredServices of(List<ServerServiceDefinition> services) {
        return new DeferredServices(CompletableFuture.completedFuture(services));
    }

    @Override
    public void applyTo(ServerBuilder<?> builder) {
        builder.fallbackHandlerRegistry(this);
    }

    /** Waits until the services are built; a failure to build them was already reported by the process. */
    @Override
    public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
        return methods.join().get(methodName);
    }

    @Override
    public List<ServerServiceDefinition> getServices() {
        return services.join();
    }
}
