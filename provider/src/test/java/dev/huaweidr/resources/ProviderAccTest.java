package dev.huaweidr.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
    private static final String HEADER = "terraform {\n  required_providers {\n"
            + "    huaweidr = { source = \"huaweidr/huaweidr\" }\n  }\n}\n";

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
        for (String action : List.of("huaweidr_dcs_swap", "huaweidr_dws_failover", "huaweidr_dws_switchover",
                "huaweidr_dws_recovery", "huaweidr_geminidb_redis_dr_switchover",
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
}
