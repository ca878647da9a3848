package dev.huaweidr.plugin;

import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.log.JavaLogging;
import dev.huaweidr.log.Logger;
import dev.huaweidr.protocol.ProviderService;
import io.grpc.BindableService;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import io.grpc.ServerServiceDefinition;
import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * One plugin process as Terraform launches it ("managed"), from handshake to exit; {@link ReattachProcess}
 * serves the long-lived kinds that Terraform attaches to.
 */
final class PluginProcess {
    private static final Logger LOG = Logger.named("plugin");

    private PluginProcess() {
    }

    /**
     * Serves Terraform until its Shutdown call, or until Terraform is gone ({@link OrphanWatch}). Three things
     * overlap on the way to the handshake line: the services are built (provider, schemas, protocol classes),
     * the certificate's key is generated, and the TLS context and server socket are set up; the line waits for
     * the last two.
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
            SystemTrust.installAsDefault();
        }
        OrphanWatch orphanWatch = new OrphanWatch();
        orphanWatch.start(() -> System.exit(1));
        PluginServer[] server = new PluginServer[1];
        CompletableFuture<ProviderService> service = Background.start("services",
                () -> new ProviderService(new ProviderServer(provider)));
        DeferredServices services = services(service, () -> {
            orphanWatch.shuttingDown();
            server[0].shutdown();
            System.exit(0);
        });
        CompletableFuture<ServerCertificate> certificate = null;
        ServerCredentials credentials = InsecureServerCredentials.create();
        if (env.autoMtls()) {
            certificate = Background.start("certificate", ServerCertificate::generate);
            credentials = MutualTls.credentials(certificate, clientTrust(env.clientCertificatePem()));
        }
        server[0] = PluginServer.start(env.minPort(), env.maxPort(), credentials, builder -> {
            services.applyTo(builder);
            builder.addTransportFilter(orphanWatch);
        });
        String cert = certificate == null ? null : certificate.join().handshakeEncoding();
        stdout.print(HandshakeLine.format(server[0].address(), cert) + "\n");
        stdout.flush();
        LOG.debug("plugin serving", "address", server[0].address(), "mtls", env.autoMtls(),
                "max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
        // Off the way to the handshake line: nothing logs through java.util.logging before a client connects.
        JavaLogging.install();
        // The first call of a command's first process is GetProviderSchema: its answer is built now, while
        // Terraform connects, on this thread, which has nothing else to do.
        service.join().prepare();
        server[0].awaitTermination();
    }

    /** Built in the background; a failure to build them ends the process, as a failure to start would. */
    private static DeferredServices services(CompletableFuture<ProviderService> provider, Runnable shutdown) {
        CompletableFuture<List<ServerServiceDefinition>> services = provider.thenApply(service ->
                Stream.concat(Stream.of(service), ProcessServices.of(shutdown).stream())
                        .map(BindableService::bindService).toList());
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
}
