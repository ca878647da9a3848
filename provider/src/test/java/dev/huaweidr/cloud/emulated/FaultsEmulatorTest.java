package dev.huaweidr.cloud.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.geminidb.ConstructRequest;
import dev.huaweidr.cloud.geminidb.DrPeer;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.wait.JobFailedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, idempotency and the waiter's endings under faults injected into the emulator. */
class FaultsEmulatorTest extends EmulatorTest {
    private static final String CONSTRUCT = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";
    private static final String LIST = "GET /v3/{project_id}/instances";
    private static final ConstructRequest REQUEST = ConstructRequest.primary("dr-1", "Str0ng!Pass",
            new DrPeer("redis-b-in12", "ap-southeast-3", List.of("10.3.1.0/24"), List.of("10.3.1.11", "10.3.1.12")));

    private GeminiDb gemini;

    @BeforeEach
    void fresh() {
        gemini = cloud.geminiDb("ap-southeast-1");
        gemini.instance("redis-a-in12", Look.now());
        emulator.clearCalls();
    }

    @Test
    void throttledConstructionWaitsOutRetryAfterAndIsAppliedOnce() {
        emulator.fault("{\"method\":\"POST\",\"path\":\"/disaster-recovery/construction$\",\"status\":429,"
                + "\"error_code\":\"APIG.0308\",\"retry_after_seconds\":1,\"times\":1}");
        long start = System.nanoTime();
        cloud.waiter().await(gemini.watchJob(gemini.construct("redis-a-in12", REQUEST).jobId()));
        assertTrue(System.nanoTime() - start >= 950_000_000L, "Retry-After was not honoured");
        assertEquals(2, emulator.calls(CONSTRUCT));
        assertEquals("NEW", gemini.syncStatus("redis-a-in12").status());
    }

    @Test
    void throttlingBeyondMaxRetriesIsAThrottledError() {
        emulator.fault("{\"path\":\"/instances$\",\"status\":429,\"error_code\":\"APIG.0308\","
                + "\"error_msg\":\"The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 minute\"}");
        ApiException e = assertThrows(ApiException.class, () -> gemini.instance("redis-a-in12", Look.now()));
        assertEquals(ErrorClass.THROTTLED, e.errorClass());
        assertEquals(6, emulator.calls(LIST));
    }

    @Test
    void serverErrorsOnReadsAreRetried() {
        emulator.fault("{\"method\":\"GET\",\"path\":\"/instances$\",\"status\":500,\"times\":2}");
        assertEquals("redis-a", gemini.instance("redis-a-in12", Look.now()).name());
        assertEquals(3, emulator.calls(LIST));
    }

    @Test
    void serverErrorOnConstructionIsOutcomeUnknownAndReadBackShowsIt() {
        // DBS.111205: a service-side timeout; the emulator's default 500 code (DBS.280005) means "busy, not applied".
        emulator.fault("{\"method\":\"POST\",\"path\":\"/disaster-recovery/construction$\",\"status\":500,"
                + "\"error_code\":\"DBS.111205\",\"times\":1}");
        OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
                () -> gemini.construct("redis-a-in12", REQUEST));
        assertInstanceOf(ApiException.class, e.getCause());
        assertEquals(1, emulator.calls(CONSTRUCT));
        assertFalse(gemini.syncStatus("redis-a-in12").isInPair());
        assertTrue(gemini.jobs("ConstructDisasterRecovery", "redis-a-in12").isEmpty());
    }

    @Test
    void connectionResetOnAChangeIsOutcomeUnknownButOnAReadIsRetried() {
        emulator.fault("{\"method\":\"POST\",\"path\":\"/switchover-slave$\",\"reset_connection\":true,\"times\":1}");
        assertThrows(OutcomeUnknownException.class, () -> gemini.switchoverSlave("redis-a-in12"));
        emulator.fault("{\"method\":\"GET\",\"path\":\"/instance-role$\",\"reset_connection\":true,\"times\":2}");
        assertEquals("", gemini.instanceRole("redis-a-in12"));
        assertEquals(3, emulator.calls("GET /v3/{project_id}/instances/{instance_id}/instance-role"));
    }

    @Test
    void busyAnswersAreRetriedForChanges() {
        emulator.fault("{\"method\":\"POST\",\"path\":\"/disaster-recovery/construction$\",\"status\":403,"
                + "\"error_code\":\"DBS.200019\",\"times\":2}");
        gemini.construct("redis-a-in12", REQUEST);
        assertEquals(3, emulator.calls(CONSTRUCT));
    }

    @Test
    void failedJobNamesItselfAndItsReason() {
        emulator.fault("{\"method\":\"POST\",\"path\":\"/disaster-recovery/construction$\","
                + "\"job_fail_reason\":\"peer network unreachable\",\"times\":1}");
        String jobId = gemini.construct("redis-a-in12", REQUEST).jobId();
        JobFailedException e = assertThrows(JobFailedException.class, () -> cloud.waiter().await(gemini.watchJob(jobId)));
        assertEquals("GeminiDB job " + jobId + " (ConstructDisasterRecovery on redis-a) failed with status Failed: "
                + "peer network unreachable", e.getMessage());
    }

    @Test
    void jobOutlivingTheDeadlineTimesOutWithItsLastStatus() {
        emulator.fault("{\"method\":\"POST\",\"path\":\"/disaster-recovery/construction$\",\"job_millis\":60000}");
        Cloud op = cloud.withDeadline(Duration.ofMillis(800));
        GeminiDb g = op.geminiDb("ap-southeast-1");
        String jobId = g.construct("redis-a-in12", REQUEST).jobId();
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> op.waiter().await(g.watchJob(jobId)));
        assertTrue(e.getMessage().matches("GeminiDB job " + jobId
                + " \\(ConstructDisasterRecovery on redis-a\\) still Running at \\d+% after [0-9.]+m?s"), e.getMessage());
    }

    @Test
    void instanceThatNeverSettlesTimesOutAndAnAbnormalOneFails() {
        emulator.drift("geminidb", "redis-c-in12", "{\"action\":\"set_actions\",\"actions\":[\"RESTARTING\"]}");
        Cloud op = cloud.withDeadline(Duration.ofMillis(300));
        DeadlineExceededException slow = assertThrows(DeadlineExceededException.class,
                () -> op.waiter().await(op.geminiDb("ap-southeast-1").watchIdle("redis-c-in12")));
        assertTrue(slow.getMessage().startsWith("GeminiDB instance redis-c-in12 (redis-c) still normal (RESTARTING)"),
                slow.getMessage());
        emulator.drift("geminidb", "redis-d-in12", "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        JobFailedException broken = assertThrows(JobFailedException.class,
                () -> cloud.waiter().await(gemini.watchIdle("redis-d-in12")));
        assertTrue(broken.getMessage().endsWith("failed with status abnormal: instance is abnormal"), broken.getMessage());
    }

    @Test
    void cancellationMidWaitReturnsPromptly() {
        emulator.fault("{\"method\":\"POST\",\"path\":\"/disaster-recovery/construction$\",\"job_millis\":60000}");
        String jobId = gemini.construct("redis-a-in12", REQUEST).jobId();
        try (Cloud slowPolls = emulator.cloud(EmulatorFixture.AK_SK, 5).pollIntervals(
                new dev.huaweidr.cloud.Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15), 2)).build()) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            try {
                timer.schedule(slowPolls.cancellation()::cancel, 1500, TimeUnit.MILLISECONDS);
                long start = System.nanoTime();
                assertThrows(CancelledException.class,
                        () -> slowPolls.waiter().await(slowPolls.geminiDb("ap-southeast-1").watchJob(jobId)));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis >= 1400 && millis < 2500, "returned after " + millis + " ms");
            } finally {
                timer.shutdownNow();
            }
        }
    }
}
