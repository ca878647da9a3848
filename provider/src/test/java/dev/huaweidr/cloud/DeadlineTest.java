package dev.huaweidr.cloud;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deadlines from the timeouts users write, however large. */
class DeadlineTest {
    @Test
    void aTimeoutTooLongToCountInNanosecondsMeansNoDeadline() {
        Deadline centuries = Deadline.in(Duration.ofHours(9_999_999_999L));
        assertTrue(centuries.isNone());
        assertFalse(centuries.isExpired());
        assertTrue(centuries.allows(Duration.ofDays(365)));
    }

    @Test
    void anOrdinaryTimeoutExpires() {
        assertFalse(Deadline.in(Duration.ofMinutes(30)).isExpired());
        assertTrue(Deadline.in(Duration.ZERO).isExpired());
    }
}
