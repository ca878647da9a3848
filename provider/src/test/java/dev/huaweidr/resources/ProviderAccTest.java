package dev.huaweidr.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packaged huaweidr provider as Terraform sees it: its schema and its configuration checks. */
class ProviderAccTest {
    private static final String HEADER = CloudEmulator.REQUIRED_PROVIDERS;

    private Workspace ws;

    @BeforeEach
    void workspace() {
        ws = new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", Launchers.huaweidr()));
    }

    @AfterEach
    void cleanUp() {
        ws.close();
    }

    @Test
    void terraformSeesTheProviderSchema() {
        ws.config(HEADER + "provider \"huaweidr\" {\n  region = \"ap-southeast-1\"\n}\n");
        JsonNode schemas = Workspace.json(ws.ok("providers", "schema", "-json").stdout());
        JsonNode provider = schemas.path("provider_schemas").path("registry.terraform.io/huaweidr/huaweidr")
                .path("provider").path("block").path("attributes");
        assertEquals("string", provider.path("region").path("type").asText());
        assertTrue(provider.path("secret_key").path("sensitive").asBoolean(), "credentials are sensitive");
        assertTrue(provider.path("auth_token").path("sensitive").asBoolean());
        assertEquals("markdown", provider.path("endpoints").path("description_kind").asText());

        JsonNode huaweidr = schemas.path("provider_schemas").path("registry.terraform.io/huaweidr/huaweidr");
        for (String action : List.of("huaweidr_dcs_swap", "huaweidr_dcs_shard_switchover", "huaweidr_dws_failover",
                "huaweidr_dws_switchover", "huaweidr_dws_recovery", "huaweidr_geminidb_redis_dr_switchover",
                "huaweidr_geminidb_redis_dr_failover")) {
            JsonNode block = huaweidr.path("action_schemas").path(action).path("block");
            assertEquals("markdown", block.path("description_kind").asText(), action);
            assertTrue(block.path("description").asText().contains("**Cost:**"), action + " says what it costs");
            assertEquals("string", block.path("attributes").path("timeout").path("type").asText(), action);
        }
        for (String dataSource : List.of("huaweidr_geminidb_redis_dr_status", "huaweidr_dws_disaster_recovery",
                "huaweidr_dcs_instance_roles")) {
            JsonNode block = huaweidr.path("data_source_schemas").path(dataSource).path("block");
            assertEquals("markdown", block.path("description_kind").asText(), dataSource);
            assertTrue(block.path("attributes").path("region").path("computed").asBoolean(), dataSource);
        }
    }

    @Test
    void aBadProviderBlockIsDiagnosedAtTheAttribute() {
        ws.config(HEADER + "provider \"huaweidr\" {\n  region = \"Mars\"\n"
                + "  endpoints = { s3 = \"https://s3.example.com\", geminidb = \"https://gemini.example.com\" }\n"
                + "  max_retries = -1\n}\n"
                // The provider block is validated only when something in the configuration uses it.
                + "resource \"huaweidr_geminidb_cassandra_active_active\" \"x\" {\n"
                + "  instance_id = \"a\"\n  destination_instance_id = \"b\"\n  destination_region = \"ap-southeast-3\"\n}\n");
        TerraformCli.Result validate = ws.run("validate");
        assertEquals(1, validate.exitCode(), validate.toString());
        String out = validate.output();
        assertTrue(out.contains("Invalid value for region"), out);
        assertTrue(out.contains("region = \"Mars\""), "points at the attribute:\n" + out);
        assertTrue(out.contains("Invalid value for max_retries"), out);
        // The bad key is named, at that key; the map is not repeated.
        JsonNode endpoints = null;
        for (JsonNode d : Workspace.json(ws.run("validate", "-json").stdout()).path("diagnostics")) {
            if (d.path("summary").asText().startsWith("Invalid key in endpoints")) {
                endpoints = d;
            }
        }
        assertEquals("`s3` is not one of `geminidb`, `dws`, `dcs`, `iam`, `vpc`.",
                endpoints == null ? out : endpoints.path("detail").asText());
    }

    @Test
    void providerLogsReachTerraformsLogAtTheirLevel() {
        ws.config(HEADER + "provider \"huaweidr\" {\n  region = \"ap-southeast-1\"\n  auth_token = \"log-test-token\"\n}\n"
                + "resource \"huaweidr_geminidb_cassandra_active_active\" \"x\" {\n"
                + "  instance_id = \"a\"\n  destination_instance_id = \"b\"\n  destination_region = \"ap-southeast-3\"\n}\n");
        TerraformCli.Result debug = ws.env("TF_LOG_PROVIDER", "DEBUG").run("validate");
        assertTrue(debug.stderr().contains("[DEBUG] provider.terraform-provider-huaweidr: rpc done:"), debug.stderr());
        assertTrue(debug.stderr().contains("@module=huaweidr.protocol"), "hclog JSON fields become key=value pairs");
        TerraformCli.Result info = ws.env("TF_LOG_PROVIDER", "INFO").run("validate");
        assertFalse(info.stderr().contains("provider.terraform-provider-huaweidr: rpc done"), info.stderr());
    }
}
