package dev.huaweidr.reliability;

import static dev.huaweidr.acc.TerraformFeature.ACTIONS;
import static dev.huaweidr.acc.TerraformFeature.EPHEMERAL_VARIABLES;
import static dev.huaweidr.acc.TerraformFeature.WRITE_ONLY_ATTRIBUTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials and DR passwords never reach what Terraform and the provider write, not even at
 * {@code TF_LOG=trace}, through an apply, an action and a destroy, on the oldest supported Terraform as on the
 * newest: logs, plan output and plan JSON, state, crash logs. The only exception is a
 * {@code password} the user chose to keep in state, and there only.
 */
class SecretsAccTest extends EmulatedAccTest {
    private static final String ACCESS_KEY = "DEMOACCESSKEY";
    private static final String SECRET_KEY = "demo-secret-key";
    private static final String WRITE_ONLY_PASSWORD = "Wr1te-0nly-Secret!";
    private static final String STORED_PASSWORD = "St0red-In-State!";

    /** Credentials and passwords come in as users should pass them: environment and variables. */
    private String configuration() {
        return cloud.providerBlock("ap-southeast-1").replace("  auth_token = \"demo-token\"\n", "")
                + "variable \"stored_password\" {\n  type = string\n  sensitive = true\n}\n";
    }

    /**
     * A pair with the write-only password, from a variable of its own: ephemeral where Terraform has ephemeral
     * variables (1.10+), for before that Terraform keeps every variable's value in a saved plan.
     */
    private static String writeOnlyPair(TerraformCli terraform) {
        return "variable \"wo_password\" {\n  type = string\n  sensitive = true\n"
                + (terraform.version().has(EPHEMERAL_VARIABLES) ? "  ephemeral = true\n" : "") + "}\n"
                + pair("wo", "redis-c-in12", "redis-d-in12", "ap-southeast-1",
                        "  password_wo = var.wo_password\n  password_wo_version = 1\n");
    }

    private static String pair(String name, String primary, String standby, String standbyRegion, String password) {
        return "resource \"huaweidr_geminidb_redis_dr_relationship\" \"" + name + "\" {\n"
                + "  alias = \"" + name + "\"\n" + password
                + "  primary {\n    instance_id = \"" + primary + "\"\n  }\n"
                + "  standby {\n    instance_id = \"" + standby + "\"\n    region = \"" + standbyRegion + "\"\n  }\n}\n";
    }

    /**
     * On every Terraform of the version matrix, with what it has: the write-only password is refused at the
     * attribute before Terraform 1.11 (and then kept nowhere), the action runs from 1.14 on.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.huaweidr.acc.TerraformVersions#matrix")
    void noSecretInAnyLogPlanOrStateAtTraceLevel(TerraformCli terraform) throws IOException {
        boolean writeOnly = terraform.version().has(WRITE_ONLY_ATTRIBUTES);
        boolean actions = terraform.version().has(ACTIONS);
        try (Workspace session = newWorkspace(terraform)) {
            Path log = session.dir().resolve("terraform-trace.log");
            session.env("TF_LOG", "trace").env("TF_LOG_PATH", log.toString())
                    .env("HW_ACCESS_KEY", ACCESS_KEY).env("HW_SECRET_KEY", SECRET_KEY)
                    .env("TF_VAR_wo_password", WRITE_ONLY_PASSWORD).env("TF_VAR_stored_password", STORED_PASSWORD);
            String storedPair = pair("stored", "redis-a-in12", "redis-b-in12", "ap-southeast-3",
                    "  password = var.stored_password\n");
            List<String> outputs = new ArrayList<>();
            if (!writeOnly) {
                session.config(configuration() + writeOnlyPair(terraform) + storedPair);
                TerraformCli.Result refused = session.run("plan", "-out=tfplan");
                assertTrue(refused.exitCode() == 1 && refused.stderr().contains("Write-only attribute needs Terraform"),
                        refused.toString());
                assertFalse(Files.exists(session.dir().resolve("tfplan")), "no plan file");
                outputs.add(refused.output());
            }
            session.config(configuration() + (writeOnly ? writeOnlyPair(terraform) : "") + storedPair
                    + (actions ? "action \"huaweidr_geminidb_redis_dr_switchover\" \"swap\" {\n  config {\n"
                            + "    instance_id = \"redis-d-in12\"\n  }\n}\n" : ""));
            outputs.add(session.ok("plan", "-out=tfplan").output());
            String planJson = session.ok("show", "-json", "tfplan").stdout();
            outputs.add(session.ok("apply", "tfplan").output());
            String state = session.stateFile();
            if (actions) {
                outputs.add(session.ok("apply", "-auto-approve",
                        "-invoke=action.huaweidr_geminidb_redis_dr_switchover.swap").output());
            }
            outputs.add(session.destroy().output());
            assertTrue(Files.size(log) > 100_000, "the trace log was written");
            outputs.add(Files.readString(log));
            outputs.addAll(crashLogs(session));

            for (String secret : List.of(ACCESS_KEY, SECRET_KEY, WRITE_ONLY_PASSWORD, "demo-token")) {
                for (String output : outputs) {
                    assertFalse(output.contains(secret), secret + " leaked into:\n" + excerpt(output, secret));
                }
                assertFalse(planJson.contains(secret), secret + " is in the plan JSON");
                assertFalse(state.contains(secret), secret + " is in state");
            }
            for (String output : outputs) {
                assertFalse(output.contains(STORED_PASSWORD), "the stored password leaked:\n"
                        + excerpt(output, STORED_PASSWORD));
            }
            // A sensitive attribute the user chose is stored; Terraform's JSON renderings of plan and state show it.
            assertTrue(state.contains(STORED_PASSWORD), "a `password` the user chose is kept in state");
            assertEquals(actions ? 1 : 0,
                    cloud.calls("POST /v3/{project_id}/instances/{instance_id}/switchover-master"),
                    "the action ran, with a signed request");
            assertEquals(writeOnly ? 4 : 2,
                    cloud.calls("POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/deconstruction"),
                    "the pairs were built and removed, each side with a signed request");
        }
    }

    private static List<String> crashLogs(Workspace session) throws IOException {
        try (Stream<Path> files = Files.list(session.dir())) {
            List<String> logs = new ArrayList<>();
            for (Path crash : files.filter(f -> f.getFileName().toString().startsWith("crash")).toList()) {
                logs.add(Files.readString(crash));
            }
            return logs;
        }
    }

    private static String excerpt(String output, String secret) {
        int at = output.indexOf(secret);
        return output.substring(Math.max(0, at - 300), Math.min(output.length(), at + 100));
    }
}
