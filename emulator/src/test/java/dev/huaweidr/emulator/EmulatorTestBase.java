package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One emulator per test class on an ephemeral loopback port, with the quickstart seed and short jobs;
 * reset to the seed before every test through the admin API.
 */
public abstract class EmulatorTestBase {
    protected static final long JOB_MILLIS = 150;
    protected static final String P1 = "proj-ap-southeast-1";
    protected static final String P3 = "proj-ap-southeast-3";

    protected static Emulator emulator;
    protected static CloudClient cloud;
    protected static CloudClient admin;

    @BeforeAll
    static void startEmulator() throws IOException {
        emulator = Emulator.start(EmulatorOptions.defaults().withJobMillis(JOB_MILLIS));
        cloud = CloudClient.withToken(emulator.baseUrl(), "demo-token");
        admin = CloudClient.withToken(emulator.baseUrl(), null);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void resetEmulator() {
        assertEquals(200, admin.post("/_emulator/reset", null).status());
    }

    /** Polls a GeminiDB job until it leaves Running; returns the final job. */
    protected static JsonNode awaitGeminiJob(String project, String jobId) {
        return await(() -> cloud.get("/v3/" + project + "/jobs?id=" + jobId).body().path("jobs").path(0),
                job -> !"Running".equals(job.path("status").asText()));
    }

    protected static JsonNode geminiInstance(String project, String id) {
        return cloud.get("/v3/" + project + "/instances?id=" + id).body().path("instances").path(0);
    }

    protected static <T> T await(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (done.test(value)) {
                return value;
            }
            sleep(20);
        }
        fail("condition not reached within 10 s; last value: " + probe.get());
        return null;
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
