package dev.huaweidr.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The framework, protocol and plugin layers driven by the real Terraform CLI through the test-only
 * conformance provider: every kind of value and plan behaviour a resource can have. Each test has its own
 * store and working directory, so they run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
class ConformanceAccTest {
    private static final String THING = "conformance_thing.a";

    @TempDir
    Path store;
    private Workspace ws;

    @BeforeEach
    void workspace() {
        ws = new Workspace(TerraformCli.find(), Map.of("huaweidr/conformance", Launchers.conformance()));
    }

    @AfterEach
    void cleanUp() {
        ws.close();
    }

    private String config(String body) {
        return "terraform {\n  required_providers {\n    conformance = { source = \"huaweidr/conformance\" }\n  }\n}\n"
                + "provider \"conformance\" {\n  store = \"" + store + "\"\n}\n" + body;
    }

    private static String thing(String name, String zone) {
        return "resource \"conformance_thing\" \"a\" {\n"
                + "  name     = \"" + name + "\"\n"
                + "  zone     = \"" + zone + "\"\n"
                + "  size     = 12345678901234567890.123456789\n"
                + "  tags     = { team = \"dr\", tier = \"1\" }\n"
                + "  labels   = [\"blue\", \"green\"]\n"
                + "  settings = { mode = \"safe\", level = 0.1 }\n"
                + "  payload  = { replicas = 3, regions = [\"ap-southeast-1\", \"ap-southeast-3\"] }\n"
                + "}\n";
    }

    @Test
    void createsUpdatesInPlaceReplacesAndDestroys() {
        ws.config(config(thing("alpha", "z1")));
        ws.apply();
        JsonNode created = ws.resource(THING).path("values");
        String id = created.path("id").asText();
        assertFalse(id.isEmpty(), "computed id is set");
        assertEquals("ALPHA", created.path("upper_name").asText());
        assertEquals(1, created.path("revision").asInt());
        assertEquals(new BigDecimal("12345678901234567890.123456789"), created.path("size").decimalValue());
        assertEquals(new BigDecimal("0.1"), created.path("settings").path("level").decimalValue());
        assertEquals("dr", created.path("tags").path("team").asText());
        assertEquals(2, created.path("labels").size());
        assertEquals("ap-southeast-3", created.path("payload").path("regions").path(1).asText());
        assertEquals(0, ws.plan().exitCode(), "no changes right after apply");

        ws.config(config(thing("beta", "z1")));
        TerraformCli.Result update = ws.plan();
        assertEquals(2, update.exitCode(), update.toString());
        assertTrue(update.stdout().contains("will be updated in-place"), update.stdout());
        ws.apply();
        JsonNode updated = ws.resource(THING).path("values");
        assertEquals(id, updated.path("id").asText(), "an in-place update keeps the object");
        assertEquals(2, updated.path("revision").asInt());
        assertEquals("BETA", updated.path("upper_name").asText());

        ws.config(config(thing("beta", "z2")));
        TerraformCli.Result replace = ws.plan();
        assertTrue(replace.stdout().contains("must be replaced"), replace.stdout());
        assertTrue(replace.stdout().contains("# forces replacement"), replace.stdout());
        ws.apply();
        String replacedId = ws.resource(THING).path("values").path("id").asText();
        assertNotEquals(id, replacedId, "a replacement creates a new object");
        assertEquals(1, things(), "the replaced object is gone");

        ws.destroy();
        assertEquals(0, things());
    }

    @Test
    void unknownValuesFlowBetweenResources() {
        ws.config(config(thing("alpha", "z1")
                + "resource \"conformance_thing\" \"b\" {\n  name = \"${conformance_thing.a.upper_name}-child\"\n}\n"));
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("name              = (known after apply)")
                || plan.stdout().matches("(?s).*name\\s+= \\(known after apply\\).*"), plan.stdout());
        ws.apply();
        assertEquals("ALPHA-child", ws.resource("conformance_thing.b").path("values").path("name").asText());
        assertEquals(0, ws.plan().exitCode());
    }

    @Test
    void sensitiveValuesStayHiddenAndWriteOnlyValuesAreNeverStored() {
        ws.config(config("resource \"conformance_thing\" \"a\" {\n  name = \"alpha\"\n"
                + "  secret = \"s3cr3t-value\"\n  token_wo = \"wo-token-4711\"\n  token_wo_version = 1\n}\n"));
        TerraformCli.Result plan = ws.plan();
        assertFalse(plan.output().contains("s3cr3t-value"), plan.output());
        assertFalse(plan.output().contains("wo-token-4711"), plan.output());
        assertTrue(plan.stdout().contains("(sensitive value)"), plan.stdout());
        TerraformCli.Result apply = ws.apply();
        assertFalse(apply.output().contains("wo-token-4711"), apply.output());
        String state = ws.stateFile();
        assertFalse(state.contains("wo-token-4711"), "write-only values never reach state");
        assertTrue(state.contains("s3cr3t-value"), "a sensitive attribute is stored, as the user chose");
        JsonNode values = ws.resource(THING).path("values");
        assertTrue(values.path("token_wo").isNull());
        assertEquals(12, values.path("token_fingerprint").asText().length(), "the provider received the token");
        assertEquals(0, ws.plan().exitCode());
    }

    @Test
    void importsByIdAndByIdentityThenPlansClean() {
        ws.config(config(thing("alpha", "z1")));
        ws.apply();
        String id = ws.resource(THING).path("values").path("id").asText();

        try (Workspace other = new Workspace(TerraformCli.find(), Map.of("huaweidr/conformance", Launchers.conformance()))) {
            other.config(config(thing("alpha", "z1")));
            other.ok("import", THING, id);
            assertEquals("ALPHA", other.resource(THING).path("values").path("upper_name").asText());
            assertEquals(0, other.plan().exitCode(), "an imported object plans clean");
        }
        try (Workspace other = new Workspace(TerraformCli.find(), Map.of("huaweidr/conformance", Launchers.conformance()))) {
            other.config(config(thing("alpha", "z1")
                    + "import {\n  to = conformance_thing.a\n  identity = { id = \"" + id + "\" }\n}\n"));
            TerraformCli.Result plan = other.plan();
            assertTrue(plan.stdout().contains("1 to import"), plan.stdout());
            other.apply();
            assertEquals(id, other.resource(THING).path("values").path("id").asText());
            assertEquals(0, other.plan().exitCode());
        }
    }

    @Test
    void driftIsCaughtAndRepaired() throws IOException {
        ws.config(config(thing("alpha", "z1")));
        ws.apply();
        try (Stream<Path> files = Files.list(store)) {
            files.forEach(f -> f.toFile().delete());
        }
        TerraformCli.Result refresh = ws.plan("-refresh-only");
        assertEquals(2, refresh.exitCode(), refresh.toString());
        assertTrue(refresh.stdout().contains("has been deleted"), refresh.stdout());
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("will be created"), plan.stdout());
        ws.apply();
        assertEquals(1, things());
        assertEquals(0, ws.plan().exitCode());
    }

    @Test
    void invalidValuesAreDiagnosedAtTheAttribute() {
        ws.config(config("resource \"conformance_thing\" \"a\" {\n  name = \"alpha\"\n"
                + "  settings = { mode = \"reckless\" }\n  timeouts {\n    create = \"soon\"\n  }\n}\n"));
        TerraformCli.Result validate = ws.run("validate");
        assertEquals(1, validate.exitCode(), validate.toString());
        assertTrue(validate.output().contains("Invalid value for settings.mode"), validate.output());
        assertTrue(validate.output().contains("one of `fast`, `safe`"), validate.output());
        // Terraform underlines an attribute of a block; inside an object value it can only name the path.
        assertTrue(validate.output().contains("create = \"soon\""), "points at the attribute:\n" + validate.output());
    }

    @Test
    void dataSourceReadsDynamicValues() {
        ws.config(config("data \"conformance_echo\" \"e\" {\n  input = { n = 1.5, list = [1, 2] }\n}\n"
                + "output \"echo\" {\n  value = data.conformance_echo.e.output\n}\n"));
        ws.apply();
        JsonNode echo = Workspace.json(ws.ok("output", "-json", "echo").stdout());
        assertEquals(new BigDecimal("1.5"), echo.path("n").decimalValue());
        assertEquals(2, echo.path("list").path(1).asInt());
    }

    @Test
    void actionsReportProgressAndFailures() {
        ws.config(config("action \"conformance_ping\" \"p\" {\n  config {\n    message = \"hello\"\n    times = 3\n  }\n}\n"
                + "action \"conformance_ping\" \"bad\" {\n  config {\n    message = \"x\"\n    fail = true\n  }\n}\n"));
        TerraformCli.Result ok = ws.apply("-invoke=action.conformance_ping.p");
        assertTrue(ok.stdout().contains("ping 3 of 3: hello"), ok.stdout());
        assertTrue(ok.stdout().contains("Action complete"), ok.stdout());
        TerraformCli.Result failed = ws.run("apply", "-auto-approve", "-invoke=action.conformance_ping.bad");
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.output().contains("Ping failed"), failed.output());
    }

    private long things() {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
