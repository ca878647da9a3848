package dev.huaweidr.plugin;

import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.protocol.ProviderService;
import io.grpc.Attributes;
import io.grpc.BindableService;
import io.grpc.Metadata;
import io.grpc.ServerBuilder;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServerTransportFilter;
import io.grpc.Status;
import java.util.List;

/**
 * One provider session per client connection, for a process that serves many Terraform commands (warm and
 * debug mode). Terraform opens one connection per provider instance, so each command, and each aliased
 * provider block within it, gets its own configuration and stop signal, as it would from a process of its
 * own; a session ends, and releases what its configuration holds open, when its connection closes.
 */
final class ConnectionSessions extends ServerTransportFilter implements ServerInterceptor, ServiceSetup {
    private static final Attributes.Key<Session> SESSION = Attributes.Key.create("huaweidr.session");

    private final Provider provider;
    private final List<BindableService> processServices;

    private record Session(ProviderServer server, ServerServiceDefinition service) {
    }

    /** @param processServices go-plugin's services, which belong to the process rather than a session */
    ConnectionSessions(Provider provider, List<BindableService> processServices) {
        this.provider = provider;
        this.processServices = processServices;
    }

    @Override
    public void applyTo(ServerBuilder<?> builder) {
        builder.addTransportFilter(this);
        // The method table of every session; calls are routed to the caller's session by the interceptor.
        builder.addService(ServerInterceptors.intercept(open().service(), this));
        processServices.forEach(builder::addService);
    }

    @Override
    public Attributes transportReady(Attributes transport) {
        return transport.toBuilder().set(SESSION, open()).build();
    }

    @Override
    public void transportTerminated(Attributes transport) {
        // A connection closed before its HTTP/2 preface never became ready: no attributes, no session.
        Session session = transport == null ? null : transport.get(SESSION);
        if (session != null) {
            session.server().close();
        }
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
            ServerCallHandler<Q, A> next) {
        Session session = call.getAttributes().get(SESSION);
        if (session == null) {
            call.close(Status.INTERNAL.withDescription("connection without provider session"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        @SuppressWarnings("unchecked")
        ServerMethodDefinition<Q, A> method = (ServerMethodDefinition<Q, A>) session.service()
                .getMethod(call.getMethodDescriptor().getFullMethodName());
        return method.getServerCallHandler().startCall(call, headers);
    }

    private Session open() {
        ProviderServer server = new ProviderServer(provider);
        return new Session(server, new ProviderService(server).bindService());
    }
}
