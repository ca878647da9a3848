package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.huaweidr.acc.Directories;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.proto.plugin.Empty;
import dev.huaweidr.proto.plugin.GRPCControllerGrpc;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher's class archive ({@code lib/startup.jsa}, trained by the build on a Terraform session): the
 * JVM the build ran on maps it, and a JVM that rejects it still prints nothing but the handshake on
 * stdout, which go-plugin's client reads as the handshake.
 */
class StartupArchiveAccTest {
    /** The JVM the build (and so the archive) ran on: this test's own. */
    private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();

    private Path copy;

    @BeforeEach
    void requireATrainedArchive() {
        assumeTrue(Files.exists(Launchers.huaweidr().resolve("lib/startup.jsa")),
                "the build trains the archive when it has a Terraform (TF_ACC_TERRAFORM_PATH)");
    }

    @AfterEach
    void deleteCopy() {
        if (copy != null) {
            Directories.delete(copy);
        }
    }

    @Test
    void theJvmTheBuildRanOnMapsTheArchive() throws Exception {
        try (PluginLaunch plugin = launch(Launchers.huaweidr())) {
            assertTrue(plugin.handshake().startsWith("1|6|tcp|127.0.0.1:"), plugin.handshake());
            assumeTrue(Files.exists(Path.of("/proc/self/maps")), "Linux shows a process's mapped files");
            assertTrue(Files.readString(Path.of("/proc", String.valueOf(plugin.process().pid()), "maps"))
                    .contains("startup.jsa"), "the archive is mapped");
        }
    }

    @Test
    void anArchiveWhoseJarsChangedIsRejectedByTheJvmOffStdout() throws Exception {
        copy = copyOfDist();
        // A library jar newer than the archive: the launcher still passes it, the JVM's check refuses it.
        Files.setLastModifiedTime(copy.resolve("lib/okio.jar"), FileTime.from(Instant.now()));
        assertOnlyTheHandshakeOnStdout(copy);
    }

    @Test
    void aCorruptArchiveIsRejectedByTheJvmOffStdout() throws Exception {
        copy = copyOfDist();
        Path archive = copy.resolve("lib/startup.jsa");
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[4096]);
        assertOnlyTheHandshakeOnStdout(copy);
    }

    private static void assertOnlyTheHandshakeOnStdout(Path dist) throws Exception {
        try (PluginLaunch plugin = launch(dist)) {
            assertTrue(plugin.handshake().startsWith("1|6|tcp|127.0.0.1:"), "first line: " + plugin.handshake());
            String commandLine = Files.readString(Path.of("/proc", String.valueOf(plugin.process().pid()), "cmdline"));
            assertTrue(commandLine.contains("-XX:SharedArchiveFile="), "the launcher passed the archive on");
            assertFalse(HandshakeAccTest.schema(plugin.channel()).getResourceSchemasMap().isEmpty(), "it serves");
            ManagedChannel channel = plugin.channel();
            try {
                GRPCControllerGrpc.newBlockingStub(channel).shutdown(Empty.getDefaultInstance());
            } finally {
                channel.shutdownNow();
            }
            assertTrue(plugin.process().waitFor(10, TimeUnit.SECONDS));
            assertEquals("", plugin.restOfStdout(), "nothing after the handshake line");
        }
    }

    private static PluginLaunch launch(Path dist) throws IOException {
        return PluginLaunch.start(dist.resolve("terraform-provider-huaweidr"), ServerCertificate.generate(),
                Map.of("HUAWEIDR_JAVA", JAVA));
    }

    private static Path copyOfDist() throws IOException {
        Path target = Files.createTempDirectory("dist-copy-");
        Directories.copy(Launchers.huaweidr(), target);
        return target;
    }
}
