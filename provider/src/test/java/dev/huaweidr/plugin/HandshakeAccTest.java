package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.proto.plugin.Empty;
import dev.huaweidr.proto.plugin.GRPCControllerGrpc;
import dev.huaweidr.proto.tfplugin6.GetProviderSchema;
import dev.huaweidr.proto.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged launcher, started as go-plugin's client starts it, and spoken to as Terraform speaks to it:
 * the handshake line, then gRPC over mutual TLS with the client certificate announced in the environment.
 */
class HandshakeAccTest {
    static final Path LAUNCHER = Launchers.huaweidr().resolve("terraform-provider-huaweidr");

    @Test
    void refusesToRunWithoutTheMagicCookie() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString());
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
        try (PluginLaunch plugin = PluginLaunch.start(LAUNCHER, ServerCertificate.generate(),
                Map.of("TF_LOG_PROVIDER", "INFO"))) {
            String[] parts = plugin.fields();
            assertEquals(6, parts.length, plugin.handshake());
            assertEquals("1", parts[0]);
            assertEquals("6", parts[1]);
            assertEquals("tcp", parts[2]);
            assertTrue(parts[3].startsWith("127.0.0.1:"), parts[3]);
            assertTrue(plugin.port() >= 10000 && plugin.port() <= 25000, "port within PLUGIN_MIN_PORT..PLUGIN_MAX_PORT");
            assertEquals("grpc", parts[4]);
            assertFalse(parts[5].endsWith("="), "unpadded base64, as go-plugin decodes it");
            X509Certificate server = plugin.serverCertificate();
            assertTrue(server.getSubjectAlternativeNames().toString().contains("localhost"));

            GetProviderSchema.Response schema = schema(plugin.channel());
            assertTrue(schema.getProvider().getBlock().getAttributesList().stream()
                    .anyMatch(a -> a.getName().equals("region")));
            assertTrue(schema.getServerCapabilities().getGetProviderSchemaOptional());

            StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                    () -> schema(plugin.channel(ServerCertificate.generate())));
            assertEquals(io.grpc.Status.Code.UNAVAILABLE, refused.getStatus().getCode(), refused.toString());

            ManagedChannel channel = plugin.channel();
            try {
                GRPCControllerGrpc.newBlockingStub(channel).shutdown(Empty.getDefaultInstance());
            } finally {
                channel.shutdownNow();
            }
            assertTrue(plugin.process().waitFor(2, TimeUnit.SECONDS), "Terraform kills a plugin still alive 2 s after Shutdown");
            assertEquals(0, plugin.process().exitValue());

            List<String> stderr = plugin.stderr();
            for (String line : stderr) {
                assertTrue(isHclogLine(line), "every line on stderr is an hclog JSON line: " + line);
            }
            assertTrue(stderr.stream().anyMatch(line -> line.contains("\"@level\":\"info\"")
                            && line.contains("client certificate is not the one Terraform announced")),
                    "the refused connection is logged in one line, at grpc's level: " + stderr);
        }
    }

    /** go-plugin re-logs a JSON line at its {@code @level}; anything else it logs as debug text, line by line. */
    private static boolean isHclogLine(String line) {
        try {
            JsonNode node = new ObjectMapper().readTree(line);
            return node.isObject() && node.hasNonNull("@level") && node.hasNonNull("@message");
        } catch (IOException e) {
            return false;
        }
    }

    static GetProviderSchema.Response schema(ManagedChannel channel) {
        try {
            return ProviderGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                    .getProviderSchema(GetProviderSchema.Request.getDefaultInstance());
        } finally {
            channel.shutdownNow();
        }
    }
}
