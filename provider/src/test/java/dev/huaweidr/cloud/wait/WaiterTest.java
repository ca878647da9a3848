package dev.huaweidr.cloud.wait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.CallContext;
import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.Cancellation;
import dev.huaweidr.cloud.Deadline;
import dev.huaweidr.cloud.DeadlineExceededException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WaiterTest {
    private static final Backoff FAST = new Backoff(Duration.ofMillis(5), Duration.ofMillis(20), 2);
    private static final String LABEL = "ConstructDisasterRecovery on redis-a";

    @Test
    void reportsEachChangeOnceAndReturnsTheFinalValue() {
        Watch<String> job = scripted(List.of(
                Observation.running(LABEL, "Running", "0%", "v"),
                Observation.running(LABEL, "Running", "0%", "v"),
                Observation.running(LABEL, "Running", "40%", "v"),
                Observation.succeeded(LABEL, "Completed", "done")));
        List<String> lines = new ArrayList<>();
        assertEquals("done", waiter(Deadline.none(), new Cancellation()).await(job, lines::add));
        assertEquals(List.of(LABEL + ": Running 0%", LABEL + ": Running 40%", LABEL + ": Completed"), lines);
    }

    @Test
    void failureNamesTheJobAndItsReason() {
        Watch<String> job = scripted(List.of(Observation.running(LABEL, "Running", "20%", "v"),
                Observation.failed(LABEL, "Failed", "the peer subnet is unreachable", "v")));
        JobFailedException e = assertThrows(JobFailedException.class,
                () -> waiter(Deadline.none(), new Cancellation()).await(job));
        assertEquals("GeminiDB job 1a6b (" + LABEL + ") failed with status Failed: the peer subnet is unreachable",
                e.getMessage());
        assertEquals("the peer subnet is unreachable", e.failReason());
    }

    @Test
    void timeoutNamesTheJobItsLastStatusAndProgress() {
        Watch<String> forever = Watch.of("GeminiDB job 1a6b", () -> Observation.running(LABEL, "Running", "60%", "v"));
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> waiter(Deadline.in(Duration.ofMillis(150)), new Cancellation()).await(forever));
        assertTrue(e.getMessage().matches("GeminiDB job 1a6b \\(" + LABEL + "\\) still Running at 60% after [0-9.]+m?s"),
                e.getMessage());
    }

    @Test
    void cancellationWakesALongPollSleepAtOnce() {
        Cancellation cancellation = new Cancellation();
        Waiter slow = new Waiter(new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30), 1),
                new CallContext(cancellation, Deadline.none()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(cancellation::cancel, 100, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            CancelledException e = assertThrows(CancelledException.class,
                    () -> slow.await(Watch.of("DCS job j-1", () -> Observation.running("x", "RUNNING", "", "v"))));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2000, "returned after " + millis + " ms");
            assertEquals("cancelled while waiting for DCS job j-1: the provider is stopping", e.getMessage());
        } finally {
            timer.shutdownNow();
        }
    }

    private static Waiter waiter(Deadline deadline, Cancellation cancellation) {
        return new Waiter(FAST, new CallContext(cancellation, deadline));
    }

    private static Watch<String> scripted(List<Observation<String>> observations) {
        Iterator<Observation<String>> next = observations.iterator();
        return Watch.of("GeminiDB job 1a6b", next::next);
    }
}
