package dev.huaweidr.framework.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.action.ActionEvents;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.StopSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two rules that keep an interrupted Terraform from taking two events of one action: events at least the
 * gap apart, and after a stop only a completed event whose predecessor went out a gap before the stop.
 */
class SpacedActionEventsTest {
    private static final Duration LONG = Duration.ofMinutes(1);

    private final StopSignal stop = new StopSignal();
    private final Recorder sent = new Recorder();

    @Test
    void eventsGoOutAtLeastTheGapApartTheCompletedOneIncluded() {
        Duration gap = Duration.ofMillis(200);
        SpacedActionEvents events = new SpacedActionEvents(sent, stop, gap);
        events.progress("one");
        events.progress("two");
        events.completed(new Diagnostics());
        assertEquals(List.of("one", "two", "completed"), sent.events);
        for (int i = 1; i < sent.times.size(); i++) {
            assertTrue(sent.times.get(i) - sent.times.get(i - 1) >= gap.toNanos(), "event " + i + " waited its turn");
        }
    }

    @Test
    void noProgressLineGoesOutAfterAStop() {
        SpacedActionEvents events = new SpacedActionEvents(sent, stop, Duration.ZERO);
        events.progress("before");
        stop.raise();
        events.progress("after");
        assertEquals(List.of("before"), sent.events);
    }

    @Test
    void aStopWithinTheGapOfTheLastEventEndsWithNothingMore() {
        SpacedActionEvents events = new SpacedActionEvents(sent, stop, LONG);
        events.progress("one");
        stop.raise();
        events.completed(new Diagnostics().error("Interrupted", "while waiting"));
        assertEquals(List.of("one"), sent.events, "Terraform may have taken \"one\" after its own stop");
    }

    @Test
    void aStopEndsTheWaitOfAnEventForItsTurnAndTheEventIsDropped() throws InterruptedException {
        SpacedActionEvents events = new SpacedActionEvents(sent, stop, LONG);
        events.progress("one");
        Thread waiting = new Thread(() -> {
            events.progress("two");
            events.completed(new Diagnostics());
        });
        waiting.start();
        while (waiting.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        stop.raise();
        waiting.join(10_000);
        assertFalse(waiting.isAlive(), "the stop ended the wait");
        assertEquals(List.of("one"), sent.events);
    }

    @Test
    void aStopAGapAfterTheLastEventStillSendsTheCompletedEvent() throws InterruptedException {
        Duration gap = Duration.ofMillis(100);
        SpacedActionEvents events = new SpacedActionEvents(sent, stop, gap);
        events.progress("one");
        Thread.sleep(gap.toMillis() * 3);
        stop.raise();
        events.completed(new Diagnostics().error("Interrupted", "while waiting"));
        assertEquals(List.of("one", "completed"), sent.events);
    }

    @Test
    void aStopBeforeAnyEventStillSendsTheCompletedEvent() {
        stop.raise();
        SpacedActionEvents events = new SpacedActionEvents(sent, stop, LONG);
        events.progress("dropped");
        events.completed(new Diagnostics().error("Interrupted", "before starting"));
        assertEquals(List.of("completed"), sent.events);
    }

    /** What went out, and when (System.nanoTime). */
    private static final class Recorder implements ActionEvents {
        final List<String> events = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        @Override
        public synchronized void progress(String message) {
            record(message);
        }

        @Override
        public synchronized void completed(Diagnostics diagnostics) {
            record("completed");
        }

        private void record(String event) {
            events.add(event);
            times.add(System.nanoTime());
        }
    }
}
