package dev.huaweidr.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The production schedules: what a waited job costs in polls, and how retries spread. */
class BackoffTest {
    /** How many polls the waiter makes until a job of {@code length} is seen done. */
    private static int pollsFor(Duration length) {
        Duration elapsed = Duration.ZERO;
        int polls = 0;
        while (elapsed.compareTo(length) < 0) {
            elapsed = elapsed.plus(Backoff.POLL.step(polls++));
        }
        return polls;
    }

    @Test
    void theFirstPollComesSoon() {
        assertTrue(Backoff.POLL.step(0).compareTo(Duration.ofSeconds(1)) < 0, Backoff.POLL.step(0).toString());
        assertEquals(1, pollsFor(Duration.ofMillis(400)), "a quick job is seen done at the first poll");
    }

    @Test
    void aThirtySecondJobCostsAHandfulOfPolls() {
        assertEquals(7, pollsFor(Duration.ofSeconds(30)));
    }

    @Test
    void pollsAreCappedAtTenSeconds() {
        assertEquals(Duration.ofSeconds(10), Backoff.POLL.step(6));
        assertEquals(Duration.ofSeconds(10), Backoff.POLL.step(1000));
        assertTrue(pollsFor(Duration.ofMinutes(20)) <= 20 * 60 / 10 + 6, "about one poll per 10 s when long");
    }

    @Test
    void retriesDoubleFromHalfASecondUpToThirtySeconds() {
        assertEquals(Duration.ofMillis(500), Backoff.RETRY.step(0));
        assertEquals(Duration.ofSeconds(4), Backoff.RETRY.step(3));
        assertEquals(Duration.ofSeconds(30), Backoff.RETRY.step(10));
    }

    @Test
    void aScheduleThatShrinksIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0.5));
    }
}
