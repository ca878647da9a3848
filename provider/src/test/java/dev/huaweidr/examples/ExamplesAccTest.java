package dev.huaweidr.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.ProjectRoot;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example under {@code examples/}, as the real Terraform reads it: each directory of configuration
 * passes {@code terraform validate -query} (with the emulator's provider block added where it has none); the
 * quickstart is applied, checked with the CI drift check, and destroyed; the import examples adopt what the
 * quickstart built.
 */
class ExamplesAccTest extends EmulatedAccTest {
    private static final Path EXAMPLES = ProjectRoot.path().resolve("examples");
    private static final Path QUICKSTART = EXAMPLES.resolve("quickstart/main.tf");

    @TestFactory
    Stream<DynamicTest> everyConfigurationDirectoryIsValid() throws IOException {
        try (Stream<Path> dirs = Files.walk(EXAMPLES)) {
            List<Path> withConfiguration = dirs.filter(Files::isDirectory).filter(d -> !configuration(d).isEmpty())
                    .sorted().toList();
            assertTrue(withConfiguration.size() >= 5, "examples found: " + withConfiguration);
            return withConfiguration.stream()
                    .map(dir -> DynamicTest.dynamicTest(EXAMPLES.relativize(dir).toString(), () -> validate(dir)));
        }
    }

    @Test
    void quickstartAppliesAndTheCiDriftCheckPassesThenFailsOnDrift() {
        Path driftCheck = EXAMPLES.resolve("ci/drift-check.sh");
        ws.env("TF_VAR_endpoint", cloud.baseUrl()).copy(QUICKSTART);
        ws.apply();
        assertEquals("redis-a-in12", ws.resource("huaweidr_geminidb_redis_dr_relationship.orders")
                .path("values").path("current_primary_instance_id").asText());

        TerraformCli.Result clean = ws.script(driftCheck, ws.dir().toString());
        assertEquals(0, clean.exitCode(), clean.toString());
        assertTrue(clean.stdout().contains("No drift"), clean.stdout());

        cloud.outOfBand("geminidb/redis-a-in12", "{\"action\":\"pause_sync\"}");
        TerraformCli.Result drift = ws.script(driftCheck, ws.dir().toString());
        assertEquals(2, drift.exitCode(), drift.toString());
        assertTrue(drift.stdout().contains("~ data_sync"), "the plan shows what drifted:\n" + drift.stdout());
        assertTrue(drift.stderr().contains("Drift detected"), drift.stderr());

        ws.apply();
        assertEquals(0, ws.script(driftCheck, ws.dir().toString()).exitCode(), "repaired");
        ws.destroy();
        assertEquals(1, ws.script(driftCheck, ws.dir().resolve("missing").toString()).exitCode(),
                "errors are not drift");
    }

    /** Where the native executable is what the suite runs, the JVM launcher still runs the quickstart story. */
    @Test
    void theJvmLauncherRunsTheQuickstartToo() {
        assumeTrue(Launchers.nativeExecutable() != null, "the suite runs the JVM launcher already");
        try (Workspace jvm = new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", Launchers.jvm()))) {
            jvm.env("TF_VAR_endpoint", cloud.baseUrl()).copy(QUICKSTART);
            jvm.apply();
            assertEquals("redis-a-in12", jvm.resource("huaweidr_geminidb_redis_dr_relationship.orders")
                    .path("values").path("current_primary_instance_id").asText());
            assertTrue(jvm.plan().stdout().contains("No changes"), "a clean plan after apply");
            jvm.destroy();
        }
    }

    @Test
    void theImportExamplesAdoptWhatTheQuickstartBuilt() {
        ws.env("TF_VAR_endpoint", cloud.baseUrl()).copy(QUICKSTART);
        ws.apply();
        for (String type : List.of("huaweidr_geminidb_redis_dr_relationship",
                "huaweidr_geminidb_cassandra_active_active")) {
            Path dir = EXAMPLES.resolve("resources").resolve(type);
            try (Workspace cli = newWorkspace()) {
                cli.env("TF_VAR_dr_password", "Demo-Passw0rd!").config(cloud.providerBlock("ap-southeast-1"))
                        .copy(dir.resolve("resource.tf"));
                TerraformCli.Result imported = cli.ok(importCommand(dir.resolve("import.sh")));
                assertTrue(imported.stdout().contains("Import successful"), imported.stdout());
                TerraformCli.Result plan = cli.plan();
                assertFalse(plan.stdout().contains("must be replaced"), "an import never plans a rebuild:\n" + plan);
            }
            try (Workspace block = newWorkspace()) {
                block.env("TF_VAR_dr_password", "Demo-Passw0rd!").config(cloud.providerBlock("ap-southeast-1"))
                        .copy(dir.resolve("resource.tf")).copy(dir.resolve("import-by-identity.tf"));
                TerraformCli.Result plan = block.plan();
                assertTrue(plan.stdout().contains("1 to import"), plan.toString());
                assertFalse(plan.stdout().contains("must be replaced"), plan.stdout());
            }
        }
        ws.destroy();
    }

    /** {@code terraform validate -query} on a copy of {@code dir}, with what a standalone example leaves out. */
    private void validate(Path dir) {
        try (Workspace example = newWorkspace()) {
            StringBuilder all = new StringBuilder();
            for (Path file : configuration(dir)) {
                example.copy(file);
                all.append(read(file));
            }
            if (!all.toString().contains("required_providers")) {
                example.file("zz_required_providers.tf", CloudEmulator.REQUIRED_PROVIDERS);
            }
            if (!all.toString().contains("provider \"huaweidr\"")) {
                example.file("zz_provider.tf", cloud.providerOnly("ap-southeast-1"));
            }
            TerraformCli.Result validate = example.run("validate", "-query");
            assertEquals(0, validate.exitCode(), validate.toString());
        }
    }

    private static List<Path> configuration(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".tf") || f.toString().endsWith(".tfquery.hcl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code terraform import ...} line of an {@code import.sh}, as arguments. */
    private static String[] importCommand(Path script) {
        String line = read(script).lines().filter(l -> l.startsWith("terraform import ")).findFirst()
                .orElseThrow(() -> new AssertionError(script + " has no terraform import line"));
        return Arrays.stream(line.substring("terraform ".length()).split(" +")).toArray(String[]::new);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
