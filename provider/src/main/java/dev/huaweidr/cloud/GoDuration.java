package dev.huaweidr.cloud;

import java.time.Duration;

/**
 * Formats durations the way Terraform users read them elsewhere (Go's {@code time.Duration}: 20m0s, 1.5s);
 * from a minute up, fractions of a second are dropped.
 */
public final class GoDuration {
    private GoDuration() {
    }

    public static String format(Duration d) {
        if (d == null) {
            return "no limit";
        }
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        long seconds = millis / 1000 % 60;
        long fraction = millis % 1000;
        StringBuilder out = new StringBuilder();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        out.append(seconds);
        if (fraction > 0 && hours == 0 && minutes == 0) {
            out.append('.').append(String.format("%03d", fraction).replaceAll("0+$", ""));
        }
        return out.append('s').toString();
    }
}
