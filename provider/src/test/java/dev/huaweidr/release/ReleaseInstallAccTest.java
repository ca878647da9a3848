package dev.huaweidr.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry release, installed as a user installs it: the zip in a filesystem mirror and a plain
 * {@code terraform init} (no dev_overrides, the registry excluded for huaweidr). Terraform then runs the
 * provider with no Java on PATH and no JAVA_HOME, so it can only run on what the zip carries: the native
 * executable and its libraries, or the JVM launcher and its own runtime.
 */
class ReleaseInstallAccTest extends EmulatedAccTest {
    static final String SOURCE = "registry.terraform.io/huaweidr/huaweidr";
    private static final String ADDRESS = "huaweidr_geminidb_cassandra_active_active.link";
    /** One resource whose plan and apply need the provider to run and reach the emulator. */
    static final String LINK = """
            resource "huaweidr_geminidb_cassandra_active_active" "link" {
              instance_id             = "cass-a-in06"
              destination_instance_id = "cass-b-in06"
              destination_region      = "ap-southeast-3"
            }
            """;

    /**
     * Holds the mirror; a bin directory with the commands the launcher (and the class archive maker it
     * starts) runs besides Java; and the cache where the first launch makes the class archive.
     */
    @TempDir
    static Path layout;

    private ReleaseZip release;
    private Path mirror;
    private Path binWithoutJava;

    @BeforeAll
    void layOutMirror() throws IOException {
        release = ReleaseZip.built();
        mirror = layout.resolve("mirror");
        Path packed = Files.createDirectories(mirror.resolve(SOURCE));
        Files.copy(release.path(), packed.resolve(release.fileName()));
        binWithoutJava = Files.createDirectories(layout.resolve("bin"));
        for (String command : List.of("dirname", "readlink", "cmp", "mkdir", "rmdir", "find", "rm", "cp", "mv")) {
            Files.copy(onPath(command), binWithoutJava.resolve(command), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    @Override
    protected Workspace newWorkspace() {
        String cli = """
                provider_installation {
                  filesystem_mirror {
                    path    = "%s"
                    include = ["%s"]
                  }
                  direct {
                    exclude = ["%s"]
                  }
                }
                """.formatted(mirror, SOURCE, SOURCE);
        return new Workspace(TerraformCli.find(), cli)
                .env("PATH", binWithoutJava.toString())
                .env("JAVA_HOME", "")
                .env("HUAWEIDR_JAVA", "")
                .env("XDG_CACHE_HOME", layout.resolve("cache").toString());
    }

    @Test
    void initInstallsTheZipWhoseRuntimeRunsTheProvider() throws IOException {
        ws.config(config(LINK));
        TerraformCli.Result init = ws.ok("init");
        assertTrue(init.stdout().contains("Installed huaweidr/huaweidr v" + release.version()), init.stdout());

        String lock = Files.readString(ws.dir().resolve(".terraform.lock.hcl"));
        assertTrue(lock.contains("provider \"" + SOURCE + "\""), lock);
        assertTrue(lock.contains("version = \"" + release.version() + "\""), lock);
        assertTrue(lock.contains("\"" + release.h1() + "\""), "the lock file pins the zip's content:\n" + lock);

        Path installed = ws.dir().resolve(".terraform/providers").resolve(SOURCE)
                .resolve(release.version()).resolve(release.platform());
        assertTrue(Files.isExecutable(installed.resolve("terraform-provider-huaweidr_v" + release.version())));
        if (release.carriesJavaRuntime()) {
            assertTrue(Files.isExecutable(installed.resolve("runtime/bin/java")), "Terraform keeps the zip's file modes");
        } else {
            assertTrue(Files.isRegularFile(installed.resolve("lib/libjava.so")), "the native executable's libraries");
        }

        ws.apply();
        JsonNode link = ws.resource(ADDRESS).path("values");
        assertEquals("master", link.path("role").asText());
        assertEquals("normal", link.path("status").asText());
        assertEquals("cass-b-in06", peerOf("cass-a-in06"), "linked in the cloud");
        assertEquals(0, ws.plan().exitCode(), "no changes right after apply");

        ws.destroy();
        assertEquals("", peerOf("cass-a-in06"), "unlinked in the cloud");
    }

    @Test
    void checksumsListTheZipAndTheManifest() throws IOException {
        Path manifest = release.sibling("manifest.json");
        List<String> sums = Files.readAllLines(release.sibling("SHA256SUMS"));
        assertTrue(sums.contains(ReleaseZip.sha256(release.path()) + "  " + release.fileName()), String.join("\n", sums));
        assertTrue(sums.contains(ReleaseZip.sha256(manifest) + "  " + manifest.getFileName()), String.join("\n", sums));

        JsonNode registryManifest = Workspace.json(Files.readString(manifest));
        assertEquals(1, registryManifest.path("version").asInt());
        assertEquals("[\"6.0\"]", registryManifest.path("metadata").path("protocol_versions").toString(),
                "without it the registry would announce protocol 5");
    }

    /** The instance's active-active peer as the cloud records it, empty when it has none. */
    private String peerOf(String instanceId) {
        for (JsonNode instance : cloud.state().path("geminidb_instances")) {
            if (instanceId.equals(instance.path("id").asText())) {
                return instance.path("dual_active_info").path("destination_instance_id").asText("");
            }
        }
        throw new AssertionError("no instance " + instanceId);
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(command + " is not on PATH");
    }
}
