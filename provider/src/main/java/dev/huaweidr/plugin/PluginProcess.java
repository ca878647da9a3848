package dev.huaweidr.plugin;

import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.log.Logger;
import dev.huaweidr.protocol.ProviderService;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * One plugin process from handshake to exit. Managed mode is how Terraform runs us; debug mode is one
 * long-lived process that Terraform commands attach to through {@code TF_REATTACH_PROVIDERS}.
 */
final class PluginProcess {
    private static final Logger LOG = Logger.named("plugin");
    private static final String SOURCE_ADDRESS = "registry.terraform.io/huaweidr/huaweidr";

    private PluginProcess() {
    }

    /**
     * Serves Terraform until its Shutdown call. Four things overlap on the way to the handshake line: the
     * services are built (provider, schemas, protocol classes), the JDK's TLS defaults are loaded, the
     * certificate's key is generated, and the server socket is set up; the line waits for all but the first.
     */
    static void serve(PluginEnvironment env, PrintStream stdout, Provider provider) {
        if (!env.accepts(HandshakeLine.APP_PROTOCOL)) {
            throw new PluginStartException("This Terraform speaks plugin protocol versions " + env.protocolVersions()
                    + "; huaweidr needs protocol 6 (Terraform v1.0 or newer; actions need v1.14).");
        }
        // Terraform handles Ctrl-C itself and asks us to stop through StopProvider; the terminal's SIGINT
        // reaches us too, and must not end the process mid-operation.
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        if (env.autoMtls()) {
            MutualTls.prepare();
        }
        PluginServer[] server = new PluginServer[1];
        DeferredServices services = services(provider, () -> {
            server[0].shutdown();
            System.exit(0);
        });
        CompletableFuture<ServerCertificate> certificate = null;
        ServerCredentials credentials = InsecureServerCredentials.create();
        if (env.autoMtls()) {
            certificate = Background.start("certificate", ServerCertificate::generate);
            credentials = MutualTls.credentials(certificate, clientTrust(env.clientCertificatePem()));
        }
        server[0] = PluginServer.start(env.minPort(), env.maxPort(), credentials, services);
        String cert = certificate == null ? null : certificate.join().handshakeEncoding();
        stdout.print(HandshakeLine.format(server[0].address(), cert) + "\n");
        stdout.flush();
        LOG.debug("plugin serving", "address", server[0].address(), "mtls", env.autoMtls());
        awaitTermination(server[0]);
    }

    /**
     * Serves plaintext on an ephemeral loopback port and prints the {@code TF_REATTACH_PROVIDERS} value;
     * Terraform's reattach client has no TLS. Shutdown calls are ignored: the process outlives commands.
     */
    static void serveDebug(PrintStream stdout, Provider provider) {
        PluginServer server = PluginServer.start(0, 0, InsecureServerCredentials.create(),
                services(provider, () -> LOG.debug("shutdown ignored in debug mode")));
        String address = server.address().getAddress().getHostAddress() + ":" + server.address().getPort();
        String reattach = "{\"" + SOURCE_ADDRESS + "\":{\"Protocol\":\"grpc\",\"ProtocolVersion\":6,\"Pid\":"
                + ProcessHandle.current().pid() + ",\"Test\":true,\"Addr\":{\"Network\":\"tcp\",\"String\":\""
                + address + "\"}}}";
        stdout.println("Provider started. To attach Terraform, set TF_REATTACH_PROVIDERS in the shell that runs it:");
        stdout.println();
        stdout.println("\texport TF_REATTACH_PROVIDERS='" + reattach + "'");
        stdout.println();
        stdout.println("Stop the provider with Ctrl-C.");
        stdout.flush();
        awaitTermination(server);
    }

    /** Built in the background; a failure to build them ends the process, as a failure to start would. */
    private static DeferredServices services(Provider provider, Runnable shutdown) {
        CompletableFuture<List<ServerServiceDefinition>> services = Background.start("services", () -> {
            HealthStatusManager health = new HealthStatusManager();
            health.setStatus("plugin", ServingStatus.SERVING);
            return List.of(
                    new ProviderService(new ProviderServer(provider)).bindService(),
                    new ControllerService(shutdown).bindService(),
                    new StdioService().bindService(),
                    new BrokerService().bindService(),
                    health.getHealthService().bindService());
        });
        services.whenComplete((built, failure) -> {
            if (failure != null) {
                System.err.println("huaweidr cannot start its services: " + failure);
                System.exit(1);
            }
        });
        return new DeferredServices(services);
    }

    private static PinnedClientTrust clientTrust(String pem) {
        try {
            return PinnedClientTrust.fromPem(pem);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PluginStartException("PLUGIN_CLIENT_CERT does not hold a PEM certificate: " + e.getMessage(), e);
        }
    }

    private static void awaitTermination(PluginServer server) {
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
