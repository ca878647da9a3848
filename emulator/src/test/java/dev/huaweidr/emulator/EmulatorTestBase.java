package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One emulator per test class on an ephemeral loopback port, with the quickstart seed, reset to the seed
 * before every test through the admin API. Its clock is manual: jobs complete only when a test lets time
 * pass ({@link #elapse()}, {@link #await}), so what a test sees while a job runs is deterministic.
 */
public abstract class EmulatorTestBase {
    protected static final long JOB_MILLIS = 150;
    protected static final String P1 = "proj-ap-southeast-1";
    protected static final String P3 = "proj-ap-southeast-3";

    protected static ManualClock clock;
    protected static Emulator emulator;
    protected static CloudClient cloud;
    protected static CloudClient admin;

    @BeforeAll
    static void startEmulator() throws IOException {
        clock = new ManualClock(Instant.now());
        emulator = Emulator.start(EmulatorOptions.defaults().withJobMillis(JOB_MILLIS).withClock(clock));
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

    /** Lets one default job duration pass on the emulator's clock. */
    protected static void elapse() {
        clock.advanceMillis(JOB_MILLIS);
    }

    /** Probes, letting a job duration pass between probes, until {@code done} holds (at most 50 steps). */
    protected static <T> T await(Supplier<T> probe, Predicate<T> done) {
        T value = probe.get();
        for (int step = 0; step < 50 && !done.test(value); step++) {
            elapse();
            value = probe.get();
        }
        if (!done.test(value)) {
            fail("condition not reached after 50 job durations; last value: " + value);
        }
        return value;
    }
}
