package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.ChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.okhttp.OkHttpChannelBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin's gRPC server with auto-mTLS credentials on a loopback port, reached over real TLS: the client
 * Terraform announced gets in, any other client and a client without certificate do not.
 */
class MutualTlsTest {
    private final ServerCertificate serverCertificate = ServerCertificate.generate();
    private final ServerCertificate announced = ServerCertificate.generate();
    private PluginServer server;

    @BeforeEach
    void start() throws Exception {
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus("plugin", ServingStatus.SERVING);
        PinnedClientTrust trust = PinnedClientTrust.fromPem(PluginLaunch.pem(announced.certificate()));
        server = PluginServer.start(0, 0,
                MutualTls.credentials(CompletableFuture.completedFuture(serverCertificate), trust),
                DeferredServices.of(List.of(health.getHealthService().bindService())));
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private ServingStatus check(ChannelCredentials credentials) {
        ManagedChannel channel = OkHttpChannelBuilder.forAddress("127.0.0.1", server.address().getPort(), credentials)
                .overrideAuthority("localhost")
                .build();
        try {
            return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                    .check(HealthCheckRequest.newBuilder().setService("plugin").build()).getStatus();
        } finally {
            channel.shutdownNow();
        }
    }

    private TlsChannelCredentials.Builder trustingTheServer() throws Exception {
        return TlsChannelCredentials.newBuilder().trustManager(stream(
                PluginLaunch.pem(serverCertificate.certificate())));
    }

    private ChannelCredentials as(ServerCertificate client) throws Exception {
        String key = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(client.keyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return trustingTheServer()
                .keyManager(stream(PluginLaunch.pem(client.certificate())), stream(key))
                .build();
    }

    private static ByteArrayInputStream stream(String pem) {
        return new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void listensOnIpv4LoopbackOnly() {
        assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
    }

    @Test
    void theAnnouncedClientIsServed() throws Exception {
        assertEquals(ServingStatus.SERVING, check(as(announced)));
    }

    @Test
    void anotherClientIsRefused() throws Exception {
        ChannelCredentials stranger = as(ServerCertificate.generate());
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> check(stranger));
        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode(), e.toString());
    }

    @Test
    void aClientWithoutCertificateIsRefused() throws Exception {
        ChannelCredentials anonymous = trustingTheServer().build();
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> check(anonymous));
        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode(), e.toString());
    }
}
