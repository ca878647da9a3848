package dev.huaweidr.cloud.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a user running Terraform with TF_LOG=trace would see from the cloud client. */
class TraceLogTest {
    private static final List<String> SECRETS = List.of("DEMOTEMPACCESSKEY", "demo-temp-secret-key",
            "demo-security-token", "Sup3r-Secret-DR-Pass", "demo-token", "DEMOACCESSKEY", "wrong-secret-key");

    @Test
    void traceLogShowsEveryCallButNoSecret() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                TraceLogProbe.class.getName());
        builder.environment().put("TF_LOG", "trace");
        builder.environment().remove("TF_LOG_PROVIDER_HUAWEIDR"); // the build silences unit tests with it
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path log = Path.of("target", "trace-log-probe.txt");
        builder.redirectError(log.toFile());
        Process probe = builder.start();
        try {
            assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        } finally {
            probe.destroyForcibly();
        }
        String stderr = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, probe.exitValue(), stderr);

        assertTrue(stderr.contains("refused as expected"), stderr);
        assertTrue(stderr.contains("\"@message\":\"cloud call\""), stderr);
        assertTrue(stderr.contains("\"path\":\"/v3/proj-ap-southeast-1/instances/redis-a-in12/disaster-recovery/"
                + "construction\""), stderr);
        assertTrue(stderr.contains("\"status\":\"202\""), stderr);
        assertTrue(stderr.contains("\"@message\":\"cloud response\""), stderr);
        assertTrue(stderr.contains("\\\"password\\\":\\\"***\\\""), stderr);
        for (String secret : SECRETS) {
            assertTrue(!stderr.contains(secret), "trace log contains " + secret);
        }
    }
}
