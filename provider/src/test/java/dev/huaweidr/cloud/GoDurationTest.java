package dev.huaweidr.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoDurationTest {
    @Test
    void formatsLikeGo() {
        assertEquals("300ms", GoDuration.format(Duration.ofMillis(300)));
        assertEquals("1.5s", GoDuration.format(Duration.ofMillis(1500)));
        assertEquals("20m0s", GoDuration.format(Duration.ofMinutes(20).plusMillis(13)));
        assertEquals("1h2m3s", GoDuration.format(Duration.ofSeconds(3723)));
        assertEquals("no limit", GoDuration.format(null));
    }
}
