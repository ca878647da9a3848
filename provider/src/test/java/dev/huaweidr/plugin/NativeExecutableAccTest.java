package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.TerraformCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the native executable replaces from a JVM, checked from outside as Terraform and a user meet it (the
 * rest of the acceptance suite runs on it too): the JVM functions it leaves out report themselves, and the
 * machine's locale and time zone are read without changing what the provider sends.
 */
class NativeExecutableAccTest extends EmulatedAccTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path scratch;

    /**
     * Each JVM function the JDK's libraries name and the build stubbed is listed beside the executable, and
     * one that is reached says so and crashes, where Terraform reports it; every acceptance test's working
     * directory fails when one was reached (Workspace), so none is reached by the suite.
     */
    @Test
    void aStubbedJvmFunctionThatIsReachedReportsItselfAndStops() throws Exception {
        Path dir = Launchers.nativeExecutable();
        assumeTrue(dir != null, "no native executable was built");
        List<String> stubbed = Files.readAllLines(dir.resolve("lib/unimplemented-jvm-functions.txt"));
        assertTrue(stubbed.size() > 50 && stubbed.stream().allMatch(name -> name.startsWith("JVM_")), stubbed.toString());
        assertFalse(stubbed.contains("JVM_NanoTime"), "implemented in jvm.c");

        Path reached = scratch.resolve("reached");
        ProcessBuilder call = new ProcessBuilder("python3", "-c",
                "import ctypes, sys; ctypes.CDLL(sys.argv[1]).JVM_GC()", dir.resolve("lib/libjvm.so").toString());
        call.environment().put("HUAWEIDR_UNIMPLEMENTED_LOG", reached.toString());
        Process process = call.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(128 + 6, process.exitValue(), "ended by SIGABRT: " + output);
        assertTrue(output.contains("reached JVM_GC, which it does not implement"), output);
        assertEquals(List.of("JVM_GC"), Files.readAllLines(reached));
    }

    /**
     * The heap limit is the one set when the executable was built (docs/native.md), not a share of the
     * machine's memory, which on a large CI runner would let each of Terraform's provider processes grow to
     * gigabytes before collecting.
     */
    @Test
    void theHeapIsLimitedToWhatTheBuildSet() throws Exception {
        Path dir = Launchers.nativeExecutable();
        assumeTrue(dir != null, "no native executable was built");
        try (PluginLaunch plugin = PluginLaunch.start(dir.resolve("terraform-provider-huaweidr"),
                ServerCertificate.generate(), Map.of("TF_LOG_PROVIDER", "DEBUG"))) {
            JsonNode serving = null;
            for (int tries = 0; serving == null && tries < 300; tries++) {
                Thread.sleep(100);
                for (String line : plugin.stderr()) {
                    JsonNode record = JSON.readTree(line);
                    if ("plugin serving".equals(record.path("@message").asText())) {
                        serving = record;
                    }
                }
            }
            assertTrue(serving != null, "no \"plugin serving\" line on stderr: " + plugin.stderr());
            assertEquals(512, serving.path("max_heap_mib").asLong(), serving.toString());
        }
    }

    /**
     * A user in India with a Turkish locale: the zone and locale are the machine's (read by the executable's
     * own C helpers), and the Turkish dotless i must not leak into what is signed (header names, hex digests),
     * or every AK/SK-signed call would be refused.
     */
    @Test
    void signedCallsAreAcceptedUnderAnotherTimeZoneAndTheTurkishLocale() throws Exception {
        Path locales = Files.createDirectory(scratch.resolve("locales"));
        TerraformCli.Result made = TerraformCli.exec(scratch, Map.of(),
                List.of("localedef", "-i", "tr_TR", "-f", "UTF-8", locales.resolve("tr_TR.UTF-8").toString()));
        assumeTrue(made.exitCode() == 0, "localedef cannot make tr_TR.UTF-8 here: " + made);

        ws.env("LOCPATH", locales.toString()).env("LANG", "tr_TR.UTF-8").env("LC_ALL", "tr_TR.UTF-8")
                .env("TZ", "Asia/Kolkata");
        ws.config(config("""
                resource "huaweidr_geminidb_cassandra_active_active" "link" {
                  instance_id             = "cass-a-in06"
                  destination_instance_id = "cass-b-in06"
                  destination_region      = "ap-southeast-3"
                }
                """).replace("  auth_token = \"demo-token\"\n",
                "  access_key = \"DEMOACCESSKEY\"\n  secret_key = \"demo-secret-key\"\n"));
        ws.apply();
        assertEquals("normal", ws.resource("huaweidr_geminidb_cassandra_active_active.link")
                .path("values").path("status").asText());
        assertEquals(0, ws.plan("-detailed-exitcode").exitCode(), "no changes right after apply");
        ws.destroy();
    }
}
