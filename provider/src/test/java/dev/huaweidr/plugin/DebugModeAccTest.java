package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --debug}: one long-lived provider process that several Terraform commands attach to through
 * {@code TF_REATTACH_PROVIDERS}, as a developer (or a warm CI runner) uses it.
 */
class DebugModeAccTest extends EmulatedAccTest {
    private static final String LINK = "resource \"huaweidr_geminidb_cassandra_active_active\" \"link\" {\n"
            + "  instance_id             = \"cass-a-in06\"\n"
            + "  destination_instance_id = \"cass-b-in06\"\n"
            + "  destination_region      = \"ap-southeast-3\"\n}\n";

    @Test
    void severalCommandsAttachToOneProviderProcess() throws Exception {
        Process provider = new ProcessBuilder(Launchers.huaweidr().resolve("terraform-provider-huaweidr").toString(),
                "--debug").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String reattach = reattachValue(provider);
            JsonNode attach = Workspace.json(reattach).path("registry.terraform.io/huaweidr/huaweidr");
            assertEquals(provider.pid(), attach.path("Pid").asLong(), "Terraform watches this very process");
            assertTrue(attach.path("Test").asBoolean());
            assertEquals("tcp", attach.path("Addr").path("Network").asText());
            assertTrue(attach.path("Addr").path("String").asText().startsWith("127.0.0.1:"), "loopback only");

            ws.env("TF_REATTACH_PROVIDERS", reattach).config(config(LINK));
            ws.apply();
            assertEquals("normal", ws.resource("huaweidr_geminidb_cassandra_active_active.link").path("values")
                    .path("status").asText());
            assertTrue(provider.isAlive(), "the provider outlives the command");
            TerraformCli.Result plan = ws.plan();
            assertEquals(0, plan.exitCode(), plan.toString());
            ws.destroy();
            assertTrue(provider.isAlive());
        } finally {
            provider.destroy();
            assertTrue(provider.waitFor(10, TimeUnit.SECONDS), "stops on SIGTERM");
        }
    }

    private static String reattachValue(Process provider) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(provider.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            int start = line.indexOf("TF_REATTACH_PROVIDERS='");
            if (start >= 0) {
                return line.substring(start + "TF_REATTACH_PROVIDERS='".length(), line.lastIndexOf('\''));
            }
        }
        assertNotNull(null, "the provider printed no TF_REATTACH_PROVIDERS value");
        return null;
    }
}
