package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --warm}: one provider process on a private unix socket, serving command after command through
 * {@code TF_REATTACH_PROVIDERS}, each provider block of each command with its own configuration.
 */
class WarmModeAccTest extends EmulatedAccTest {
    private static final String PREFIX = "TF_REATTACH_PROVIDERS=";

    private Process provider;
    private String reattach;
    private Path socket;

    @BeforeEach
    void startWarmProvider() throws Exception {
        provider = new ProcessBuilder(Launchers.huaweidr().resolve("terraform-provider-huaweidr").toString(), "--warm")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new BufferedReader(new InputStreamReader(provider.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(line != null && line.startsWith(PREFIX), "one line a script can export: " + line);
        reattach = line.substring(PREFIX.length());
        JsonNode attach = Workspace.json(reattach).path("registry.terraform.io/huaweidr/huaweidr");
        assertEquals(provider.pid(), attach.path("Pid").asLong(), "Terraform watches this very process");
        assertTrue(attach.path("Test").asBoolean(), "so that Terraform leaves it running after a command");
        assertEquals("unix", attach.path("Addr").path("Network").asText());
        socket = Path.of(attach.path("Addr").path("String").asText());
        ws.env("TF_REATTACH_PROVIDERS", reattach);
    }

    @AfterEach
    void stopWarmProvider() throws Exception {
        provider.destroy();
        assertTrue(provider.waitFor(10, TimeUnit.SECONDS), "stops on SIGTERM");
    }

    @Test
    void listensOnASocketOnlyItsUserCanReachAndRemovesItOnStop() throws Exception {
        assertTrue(Files.exists(socket));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())),
                "connecting needs search permission on the directory: the user's alone");
        provider.destroy();
        assertTrue(provider.waitFor(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(socket.getParent()), "socket and directory removed");
    }

    @Test
    void servesOneCommandAfterAnother() {
        ws.config(config("resource \"huaweidr_geminidb_cassandra_active_active\" \"link\" {\n"
                + "  instance_id             = \"cass-a-in06\"\n"
                + "  destination_instance_id = \"cass-b-in06\"\n"
                + "  destination_region      = \"ap-southeast-3\"\n}\n"));
        ws.apply();
        assertTrue(provider.isAlive(), "the provider outlives the command");
        TerraformCli.Result plan = ws.plan();
        assertEquals(0, plan.exitCode(), "a second command, the same process, no changes: " + plan);
        ws.destroy();
        assertTrue(provider.isAlive());
    }

    /** Two provider blocks, two regions, one process: each instance keeps its own configuration. */
    @Test
    void eachProviderBlockKeepsItsOwnConfiguration() {
        String bangkok = cloud.providerBlock("ap-southeast-3").replaceFirst("(?s)^.*?provider \"huaweidr\" \\{",
                "provider \"huaweidr\" {\n  alias      = \"bangkok\"");
        ws.config(config(bangkok
                + "resource \"huaweidr_geminidb_redis_dr_relationship\" \"pair\" {\n"
                + "  provider    = huaweidr.bangkok\n"
                + "  alias       = \"warm-dr\"\n"
                + "  password    = \"Warm-Passw0rd!\"\n"
                + "  primary {\n    instance_id = \"redis-b-in12\"\n  }\n"
                + "  standby {\n    instance_id = \"redis-a-in12\"\n    region      = \"ap-southeast-1\"\n  }\n}\n"
                + "resource \"huaweidr_geminidb_cassandra_active_active\" \"link\" {\n"
                + "  instance_id             = \"cass-a-in06\"\n"
                + "  destination_instance_id = \"cass-b-in06\"\n"
                + "  destination_region      = \"ap-southeast-3\"\n}\n"));
        ws.apply();
        assertEquals("ap-southeast-3", ws.resource("huaweidr_geminidb_redis_dr_relationship.pair").path("values")
                .path("primary").path("region").asText(), "the aliased block's region, not the default block's");
        assertEquals("ap-southeast-1", ws.resource("huaweidr_geminidb_cassandra_active_active.link").path("values")
                .path("region").asText(), "the default block's region");
        assertEquals(0, ws.plan().exitCode());
        ws.destroy();
    }
}
