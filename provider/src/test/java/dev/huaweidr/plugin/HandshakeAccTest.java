package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.Launchers;
import dev.huaweidr.proto.plugin.Empty;
import dev.huaweidr.proto.plugin.GRPCControllerGrpc;
import dev.huaweidr.proto.tfplugin6.GetProviderSchema;
import dev.huaweidr.proto.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The packaged launcher, started as go-plugin's client starts it, and spoken to as Terraform speaks to it:
 * the handshake line, then gRPC over mutual TLS with the client certificate announced in the environment.
 */
class HandshakeAccTest {
    private static final String LAUNCHER = Launchers.huaweidr().resolve("terraform-provider-huaweidr").toString();

    @Test
    void refusesToRunWithoutTheMagicCookie() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER);
        builder.environment().remove(PluginEnvironment.COOKIE_KEY);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue());
        assertEquals("", new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(stderr.contains("This binary is a plugin"), stderr);
    }

    @Test
    void servesGrpcOverMutualTlsToTheAnnouncedClientOnlyAndExitsOnShutdown() throws Exception {
        ServerCertificate client = ServerCertificate.generate();
        Process process = launch(client);
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            String[] parts = line.split("\\|");
            assertEquals(6, parts.length, line);
            assertEquals("1", parts[0]);
            assertEquals("6", parts[1]);
            assertEquals("tcp", parts[2]);
            assertTrue(parts[3].startsWith("127.0.0.1:"), parts[3]);
            int port = Integer.parseInt(parts[3].substring("127.0.0.1:".length()));
            assertTrue(port >= 10000 && port <= 25000, "port within PLUGIN_MIN_PORT..PLUGIN_MAX_PORT");
            assertEquals("grpc", parts[4]);
            assertFalse(parts[5].endsWith("="), "unpadded base64, as go-plugin decodes it");
            X509Certificate server = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(pad(parts[5]))));
            assertTrue(server.getSubjectAlternativeNames().toString().contains("localhost"));

            GetProviderSchema.Response schema = call(port, server, client);
            assertTrue(schema.getProvider().getBlock().getAttributesList().stream()
                    .anyMatch(a -> a.getName().equals("region")));
            assertTrue(schema.getServerCapabilities().getGetProviderSchemaOptional());

            StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                    () -> call(port, server, ServerCertificate.generate()));
            assertEquals(io.grpc.Status.Code.UNAVAILABLE, refused.getStatus().getCode(), refused.toString());

            ManagedChannel channel = channel(port, server, client);
            try {
                GRPCControllerGrpc.newBlockingStub(channel).shutdown(Empty.getDefaultInstance());
            } finally {
                channel.shutdownNow();
            }
            assertTrue(process.waitFor(2, TimeUnit.SECONDS), "Terraform kills a plugin still alive 2 s after Shutdown");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process launch(ServerCertificate client) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER);
        Map<String, String> env = builder.environment();
        env.put(PluginEnvironment.COOKIE_KEY, PluginEnvironment.COOKIE_VALUE);
        env.put("PLUGIN_PROTOCOL_VERSIONS", "5,6");
        env.put("PLUGIN_MIN_PORT", "10000");
        env.put("PLUGIN_MAX_PORT", "25000");
        env.put("PLUGIN_CLIENT_CERT", pem(client.certificate()));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static GetProviderSchema.Response call(int port, X509Certificate server, ServerCertificate client)
            throws Exception {
        ManagedChannel channel = channel(port, server, client);
        try {
            return ProviderGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                    .getProviderSchema(GetProviderSchema.Request.getDefaultInstance());
        } finally {
            channel.shutdownNow();
        }
    }

    /** A gRPC channel as Terraform opens it: our client certificate, the server certificate as the only root. */
    private static ManagedChannel channel(int port, X509Certificate server, ServerCertificate client) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", client.keyPair().getPrivate(), new char[0], new X509Certificate[] {client.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", server);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        return OkHttpChannelBuilder.forAddress("127.0.0.1", port,
                TlsChannelCredentials.newBuilder().keyManager(kmf.getKeyManagers()).trustManager(tmf.getTrustManagers()).build())
                .overrideAuthority("localhost")
                .build();
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static String pad(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }
}
