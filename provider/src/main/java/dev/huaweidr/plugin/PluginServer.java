package dev.huaweidr.plugin;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.okhttp.OkHttpServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC server: on loopback only, on the first free port of the range Terraform allows, or on a unix
 * socket (warm mode). grpc's OkHttp server transport starts markedly faster and smaller than Netty, and
 * start-up is paid on every launch.
 */
final class PluginServer {
    /** terraform-plugin-go's limit; grpc-java's default of 4 MiB is too small for large plans. */
    private static final int MAX_INBOUND_MESSAGE_BYTES = 256 << 20;

    /**
     * 127.0.0.1, as go-plugin listens: {@code InetAddress.getLoopbackAddress()} would be {@code ::1} under
     * {@code java.net.preferIPv6Addresses}, on hosts where Terraform may still dial IPv4.
     */
    private static final InetAddress IPV4_LOOPBACK = ipv4Loopback();

    private final Server server;

    private PluginServer(Server server) {
        this.server = server;
    }

    /**
     * Starts on a port in {@code [minPort, maxPort]} (an ephemeral port when both are 0), trying from a
     * random point of the range so that plugins started side by side rarely collide.
     */
    static PluginServer start(int minPort, int maxPort, ServerCredentials credentials, ServiceSetup services) {
        if (minPort == 0 && maxPort == 0) {
            return tryStart(new InetSocketAddress(IPV4_LOOPBACK, 0), credentials, services);
        }
        if (minPort <= 0 || maxPort < minPort) {
            throw new PluginStartException("PLUGIN_MIN_PORT and PLUGIN_MAX_PORT do not form a port range: "
                    + minPort + ".." + maxPort);
        }
        int size = maxPort - minPort + 1;
        int offset = ThreadLocalRandom.current().nextInt(size);
        for (int i = 0; i < size; i++) {
            int port = minPort + (offset + i) % size;
            try {
                return tryStart(new InetSocketAddress(IPV4_LOOPBACK, port), credentials, services);
            } catch (PortTakenException e) {
                // try the next one
            }
        }
        throw new PluginStartException("no free port between " + minPort + " and " + maxPort + " on loopback");
    }

    /** Serves plaintext on a unix socket at {@code path}, which must not exist yet. */
    static PluginServer startOnUnixSocket(Path path, ServiceSetup services) {
        OkHttpServerBuilder builder = OkHttpServerBuilder.forPort(UnixDomainSocketAddress.of(path),
                InsecureServerCredentials.create()).socketFactory(UnixServerSocket.factory());
        try {
            return start(builder, services);
        } catch (IOException e) {
            throw new PluginStartException("cannot listen on " + path + ": " + e.getMessage(), e);
        }
    }

    private static PluginServer tryStart(InetSocketAddress address, ServerCredentials credentials,
            ServiceSetup services) {
        try {
            return start(OkHttpServerBuilder.forPort(address, credentials), services);
        } catch (IOException e) {
            throw new PortTakenException();
        }
    }

    private static PluginServer start(OkHttpServerBuilder builder, ServiceSetup services) throws IOException {
        services.applyTo(builder.maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES));
        Server server = builder.build();
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw e;
        }
        return new PluginServer(server);
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only thrown for an address of the wrong length
        }
    }

    /** The TCP address; see {@link #socketAddress} for a unix socket's. */
    InetSocketAddress address() {
        return (InetSocketAddress) socketAddress();
    }

    SocketAddress socketAddress() {
        return server.getListenSockets().get(0);
    }

    /** Until the server has stopped (or this thread is interrupted). */
    void awaitTermination() {
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking calls, gives running ones a moment, then drops them. */
    void shutdown() {
        server.shutdown();
        try {
            if (!server.awaitTermination(500, TimeUnit.MILLISECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        }
    }

    private static final class PortTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTakenException() {
            super(null, null, false, false);
        }
    }
}
