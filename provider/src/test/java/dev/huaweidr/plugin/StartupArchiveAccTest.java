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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher's class archive ({@code lib/startup.jsa}, trained by the build on a Terraform session): the
 * JVM the build ran on maps it, and a JVM that rejects it still prints nothing but the handshake on
 * stdout, which go-plugin's client reads as the handshake. A release install, which cannot carry a fitting
 * archive, makes its own under the user's cache at its first launch.
 */
class StartupArchiveAccTest {
    /** The JVM the build (and so the archive) ran on: this test's own. */
    private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();

    private Path copy;

    @BeforeEach
    void requireATrainedArchive() {
        assumeTrue(Files.exists(Launchers.jvm().resolve("lib/startup.jsa")),
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
        try (PluginLaunch plugin = launch(Launchers.jvm())) {
            assertTrue(plugin.handshake().startsWith("1|6|tcp|127.0.0.1:"), plugin.handshake());
            assumeTrue(Files.exists(Path.of("/proc/self/maps")), "Linux shows a process's mapped files");
            assertTrue(proc(plugin, "maps")
                    .contains("startup.jsa"), "the archive is mapped");
        }
    }

    @Test
    void anArchiveWhoseJarsChangedIsRejectedByTheJvmOffStdout() throws Exception {
        copy = copyOfDist();
        // A library jar newer than the archive: the launcher still passes it, the JVM's check refuses it.
        Files.setLastModifiedTime(copy.resolve("lib/okio.jar"), FileTime.from(Instant.now()));
        assertArchivePassedOn(copy);
        assertOnlyTheHandshakeOnStdout(copy);
    }

    @Test
    void aCorruptArchiveIsRejectedByTheJvmOffStdout() throws Exception {
        copy = copyOfDist();
        Path archive = copy.resolve("lib/startup.jsa");
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[4096]);
        assertArchivePassedOn(copy);
        assertOnlyTheHandshakeOnStdout(copy);
    }

    /** The launcher hands the archive to the JVM, which is what these tests are about. */
    private static void assertArchivePassedOn(Path dist) throws Exception {
        try (PluginLaunch plugin = launch(dist)) {
            String commandLine = proc(plugin, "cmdline");
            assertTrue(commandLine.contains("-XX:SharedArchiveFile=" + dist.toRealPath()), commandLine);
        }
    }

    @Test
    void aReleaseInstallMakesItsArchiveAtTheFirstLaunchForTheLaunchesAfter() throws Exception {
        copy = installedAsTerraformDoes();
        Path cache = Files.createTempDirectory("xdg-cache-");
        try {
            Map<String, String> env = Map.of("HUAWEIDR_JAVA", JAVA, "XDG_CACHE_HOME", cache.toString());
            Path made = archiveDir(cache, copy).resolve("startup.jsa");
            assertOnlyTheHandshakeOnStdout(copy, env);
            awaitMade(made);
            try (PluginLaunch plugin = PluginLaunch.start(copy.resolve("terraform-provider-huaweidr"),
                    ServerCertificate.generate(), env)) {
                assertTrue(plugin.handshake().startsWith("1|6|tcp|127.0.0.1:"), plugin.handshake());
                assertTrue(proc(plugin, "maps")
                        .contains(made.toString()), "the next launch maps it");
            }
        } finally {
            Directories.delete(cache);
        }
    }

    /** A provider upgrade or a deleted .terraform directory leaves an archive nothing launches any more. */
    @Test
    void archivesOfInstallsThatAreGoneAreRemovedWhenAnotherIsMade() throws Exception {
        copy = installedAsTerraformDoes();
        Path cache = Files.createTempDirectory("xdg-cache-");
        try {
            Path gone = archiveDir(cache, Path.of("/tmp/huaweidr-removed-install/linux_amd64"));
            Path present = archiveDir(cache, Launchers.jvm());
            for (Path dir : new Path[] {gone, present}) {
                Files.createDirectories(dir);
                Files.write(dir.resolve("startup.jsa"), new byte[4096]);
                Files.writeString(dir.resolve("startup.release"), "JAVA_VERSION=\"17\"\n");
            }
            assertOnlyTheHandshakeOnStdout(copy, Map.of("HUAWEIDR_JAVA", JAVA, "XDG_CACHE_HOME", cache.toString()));
            awaitMade(archiveDir(cache, copy).resolve("startup.jsa"));
            for (int i = 0; i < 60 && Files.exists(gone); i++) {
                Thread.sleep(500);
            }
            assertFalse(Files.exists(gone), "the archive of the removed install is deleted");
            assertTrue(Files.exists(present.resolve("startup.jsa")), "the archive of an install still there is kept");
        } finally {
            Directories.delete(cache);
        }
    }

    /** A maker killed mid-way (Terraform kills providers) leaves its lock and a partial archive. */
    @Test
    void aLockLeftByAKilledMakerGoesStaleAfterTenMinutes() throws Exception {
        copy = installedAsTerraformDoes();
        Path cache = Files.createTempDirectory("xdg-cache-");
        try {
            Path dir = Files.createDirectories(archiveDir(cache, copy));
            FileTime elevenMinutesAgo = FileTime.from(Instant.now().minusSeconds(660));
            Path partial = Files.write(dir.resolve("startup.jsa.4242"), new byte[4096]);
            Path lock = Files.createDirectory(dir.resolve(".making"));
            Files.setLastModifiedTime(partial, elevenMinutesAgo);
            Files.setLastModifiedTime(lock, elevenMinutesAgo);
            assertOnlyTheHandshakeOnStdout(copy, Map.of("HUAWEIDR_JAVA", JAVA, "XDG_CACHE_HOME", cache.toString()));
            awaitMade(dir.resolve("startup.jsa"));
            assertFalse(Files.exists(partial), "the partial archive is deleted");
        } finally {
            Directories.delete(cache);
        }
    }

    /** No home, a read-only one, or a file where the cache should be: the launch goes on without archive. */
    @Test
    void aCacheThatCannotBeMadeLeavesTheLaunchWithoutArchive() throws Exception {
        copy = installedAsTerraformDoes();
        Path notADirectory = Files.createTempFile("xdg-cache-", ".file");
        try {
            Map<String, String> env = Map.of("HUAWEIDR_JAVA", JAVA, "XDG_CACHE_HOME", notADirectory.toString());
            assertOnlyTheHandshakeOnStdout(copy, env);
            try (PluginLaunch plugin = PluginLaunch.start(copy.resolve("terraform-provider-huaweidr"),
                    ServerCertificate.generate(), env)) {
                String commandLine = proc(plugin, "cmdline");
                assertFalse(commandLine.contains("-XX:SharedArchiveFile="), commandLine);
            }
        } finally {
            Files.delete(notADirectory);
        }
    }

    /** As Terraform installs a release: no archive, the class list and its maker, every file with a new time. */
    private static Path installedAsTerraformDoes() throws IOException {
        Path installed = copyOfDist();
        Files.delete(installed.resolve("lib/startup.jsa"));
        Files.delete(installed.resolve("lib/startup.release"));
        try (Stream<Path> files = Files.list(installed.resolve("lib"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            }
        }
        return installed;
    }

    /** Where the launcher keeps the archive of an install, as its comment says. */
    private static Path archiveDir(Path cache, Path installed) throws IOException {
        return Path.of(cache + "/huaweidr/archives" + (Files.exists(installed) ? installed.toRealPath() : installed));
    }

    /** The maker runs in the background, detached from the launch: wait for its result (a generous bound). */
    private static void awaitMade(Path archive) throws InterruptedException {
        for (int i = 0; i < 240 && !Files.exists(archive); i++) {
            Thread.sleep(500);
        }
        assertTrue(Files.exists(archive), "made in the background from lib/startup.classlist");
    }

    private static void assertOnlyTheHandshakeOnStdout(Path dist) throws Exception {
        assertOnlyTheHandshakeOnStdout(dist, Map.of("HUAWEIDR_JAVA", JAVA));
    }

    private static void assertOnlyTheHandshakeOnStdout(Path dist, Map<String, String> env) throws Exception {
        try (PluginLaunch plugin = PluginLaunch.start(dist.resolve("terraform-provider-huaweidr"),
                ServerCertificate.generate(), env)) {
            assertTrue(plugin.handshake().startsWith("1|6|tcp|127.0.0.1:"), "first line: " + plugin.handshake());
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

    /** A file of the provider process's /proc directory: its command line, its mapped files. */
    private static String proc(PluginLaunch plugin, String file) throws IOException {
        return Files.readString(Path.of("/proc", String.valueOf(plugin.process().pid()), file));
    }

    private static PluginLaunch launch(Path dist) throws IOException {
        return PluginLaunch.start(dist.resolve("terraform-provider-huaweidr"), ServerCertificate.generate(),
                Map.of("HUAWEIDR_JAVA", JAVA));
    }

    private static Path copyOfDist() throws IOException {
        Path target = Files.createTempDirectory("dist-copy-");
        Directories.copy(Launchers.jvm(), target);
        return target;
    }
}
