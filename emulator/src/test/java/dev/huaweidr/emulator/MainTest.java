package dev.huaweidr.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: flags, the ready line, request logging, clean stop on SIGTERM, clear failures. */
class MainTest {
    @TempDir
    Path dir;

    private Process launch(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    private String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr.txt"));
    }

    private String stderrOrEmpty() {
        try {
            return stderr();
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void servesUntilSigterm() throws Exception {
        Process process = launch("--port", "0", "--job-millis", "100");
        try {
            String ready = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(ready.matches("huaweidr emulator listening on http://127\\.0\\.0\\.1:\\d+"), ready);
            String baseUrl = ready.substring(ready.indexOf("http"));
            Reply reply = CloudClient.withToken(baseUrl, "demo-token").get("/v3/projects?name=ap-southeast-1");
            assertEquals(200, reply.status());
            // The line is logged once the answer is out, so it may trail the reply a little.
            String logLine = "GET /v3/projects?name=ap-southeast-1 -> 200";
            for (int i = 0; i < 100 && !stderrOrEmpty().contains(logLine); i++) {
                Thread.sleep(50);
            }
            assertTrue(stderrOrEmpty().contains(logLine), stderrOrEmpty());
            assertTrue(!stderr().contains("demo-token"));
        } finally {
            process.destroy();
        }
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertTrue(stderr().contains("huaweidr emulator stopped"));
    }

    @Test
    void aBadSeedExitsWithItsReason() throws Exception {
        Path seed = dir.resolve("broken.json");
        Files.writeString(seed, "{\"projects\": []}");
        Process process = launch("--port", "0", "--seed", seed.toString());
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue());
        assertTrue(stderr().contains("broken.json") && stderr().contains("at least one project"), stderr());
    }

    @Test
    void aTakenPortExitsWithItsReason() throws Exception {
        try (Emulator running = Emulator.start(EmulatorOptions.defaults())) {
            Process process = launch("--port", String.valueOf(running.port()));
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue());
            assertTrue(stderr().contains("cannot listen on 127.0.0.1:" + running.port()), stderr());
        }
    }

    @Test
    void flagsAndTheEnvironmentPort() {
        assertEquals(18080, Main.parse(new String[0], null).port());
        assertEquals(19090, Main.parse(new String[0], "19090").port());
        EmulatorOptions options = Main.parse(new String[] {"--port", "0", "--seed", "s.json", "--state", "t.json",
                "--job-millis", "250", "--latency-ms", "50"}, "19090");
        assertEquals(0, options.port());
        assertEquals(Path.of("s.json"), options.seed());
        assertEquals(Path.of("t.json"), options.state());
        assertEquals(250, options.jobMillis());
        assertEquals(50, options.latencyMillis());
        assertEquals(0, Main.parse(new String[0], null).latencyMillis());
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--port", "x"}, null));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--bogus", "1"}, null));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--tls-cert", "c.pem"}, null));
    }
}
