package dev.huaweidr.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Timeouts as users write them and read them, in Go's duration notation. */
class GoDurationTest {
    @Test
    void parsesHoursMinutesSecondsAndFractions() {
        assertEquals(Duration.ofSeconds(30), GoDuration.parse("30s"));
        assertEquals(Duration.ofMinutes(10), GoDuration.parse("10m"));
        assertEquals(Duration.ofMinutes(90), GoDuration.parse("1h30m"));
        assertEquals(Duration.ofMinutes(90), GoDuration.parse("1.5h"));
        assertEquals(Duration.ofMillis(2500), GoDuration.parse("2.5s"));
        assertEquals(Duration.ofSeconds(3723), GoDuration.parse("1h2m3s"));
        assertEquals(Duration.ZERO, GoDuration.parse("0s"));
    }

    @Test
    void refusesWhatIsNotADuration() {
        for (String bad : Arrays.asList("", " 30s", "30", "30 s", "1d", "-5m", "m", "1h30", "ten minutes", "1.h",
                ".5h", "500ms", "1e3s", null)) {
            assertFalse(GoDuration.isValid(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(bad), bad);
        }
    }

    @Test
    void formatsLikeGo() {
        assertEquals("300ms", GoDuration.format(Duration.ofMillis(300)));
        assertEquals("1.5s", GoDuration.format(Duration.ofMillis(1500)));
        assertEquals("20m0s", GoDuration.format(Duration.ofMinutes(20).plusMillis(13)));
        assertEquals("1h2m3s", GoDuration.format(Duration.ofSeconds(3723)));
        assertEquals("no limit", GoDuration.format(null));
    }

    @Test
    void whatItPrintsParsesBack() {
        for (Duration d : Arrays.asList(Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofMinutes(30),
                Duration.ofMinutes(90), Duration.ofHours(2))) {
            assertEquals(d, GoDuration.parse(GoDuration.format(d)));
        }
    }
}
