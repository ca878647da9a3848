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
import dev.huaweidr.acc.TerraformFeature;
import dev.huaweidr.acc.TerraformVersion;
import dev.huaweidr.acc.TerraformVersions;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example under {@code examples/}, as the real Terraform reads it: each directory of configuration
 * passes {@code terraform validate -query} (with the emulator's provider block added where it has none); the
 * quickstart is applied, checked with the CI drift check, and destroyed; the import examples adopt what the
 * quickstart built (and the seed's DWS DR task); an example's {@code required_version} is the oldest Terraform
 * that runs it, and each Terraform of the version matrix at least that new validates it.
 */
class ExamplesAccTest extends EmulatedAccTest {
    private static final Path EXAMPLES = ProjectRoot.path().resolve("examples");
    private static final Path QUICKSTART = EXAMPLES.resolve("quickstart/main.tf");
    /** {@code required_version = ">= 1.14"}: the form every example uses, the minor version as group 1. */
    private static final Pattern REQUIRED_VERSION =
            Pattern.compile("(?m)^\\s*required_version\\s*=\\s*\">=\\s*(\\d+\\.\\d+)\"\\s*$");

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
                "huaweidr_geminidb_cassandra_active_active", "huaweidr_dws_disaster_recovery_task")) {
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
            TerraformCli.Result validate = copyExample(example, dir).run("validate", "-query");
            assertEquals(0, validate.exitCode(), validate.toString());
        }
    }

    /**
     * An example's {@code required_version} is the oldest Terraform that runs it: the version that brought the
     * newest feature it uses ({@code TerraformFeature}; {@code TerraformVersionsAccTest} shows what each version
     * has), else the oldest supported, and a Terraform at least that new validates it (its list blocks too,
     * where Terraform has them). Examples that declare Terraform settings all say which they need.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.huaweidr.acc.TerraformVersions#matrix")
    void requiredVersionIsTheOldestTerraformThatRunsIt(TerraformCli terraform) throws IOException {
        List<Path> pinned = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(EXAMPLES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (text(dir).contains("required_providers")) {
                    pinned.add(dir);
                }
            }
        }
        assertTrue(pinned.contains(QUICKSTART.getParent()), "examples with Terraform settings: " + pinned);
        for (Path dir : pinned) {
            String configuration = text(dir);
            Matcher declared = REQUIRED_VERSION.matcher(configuration);
            assertTrue(declared.find(), EXAMPLES.relativize(dir) + " says which Terraform it needs");
            String needed = Arrays.stream(TerraformFeature.values()).filter(f -> f.usedBy(configuration))
                    .map(TerraformFeature::since).max(Comparator.comparing(TerraformVersion::ofMinor))
                    .orElse(TerraformVersions.oldestSupported());
            assertEquals(needed, declared.group(1), EXAMPLES.relativize(dir) + "'s required_version");
            if (terraform.version().atLeast(needed)) {
                try (Workspace example = newWorkspace(terraform)) {
                    copyExample(example, dir);
                    TerraformCli.Result validate = terraform.version().has(TerraformFeature.LIST_RESOURCES)
                            ? example.run("validate", "-query") : example.run("validate");
                    assertEquals(0, validate.exitCode(), validate.toString());
                }
            }
        }
    }

    /** Copies the configuration of {@code dir}, with what a standalone example leaves out: provider and source. */
    private Workspace copyExample(Workspace example, Path dir) {
        configuration(dir).forEach(example::copy);
        String all = text(dir);
        if (!all.contains("required_providers")) {
            example.file("zz_required_providers.tf", CloudEmulator.REQUIRED_PROVIDERS);
        }
        if (!all.contains("provider \"huaweidr\"")) {
            example.file("zz_provider.tf", cloud.providerOnly("ap-southeast-1"));
        }
        return example;
    }

    /** The configuration files of {@code dir}, one after another. */
    private static String text(Path dir) {
        return configuration(dir).stream().map(ExamplesAccTest::read).collect(Collectors.joining("\n"));
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
