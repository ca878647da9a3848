package dev.huaweidr.time;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in Go's notation, the one Terraform users know: parsed from timeouts as they write them
 * ({@code 30s}, {@code 10m}, {@code 1h30m}: Go's {@code time.ParseDuration}, limited to hours, minutes and
 * seconds with optional fractions) and printed as Go's {@code time.Duration} prints them ({@code 20m0s},
 * {@code 1.5s}). Shared by the framework, which reads timeouts, and the cloud client, which reports them.
 */
public final class GoDuration {
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?[hms])+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([hms])");

    private GoDuration() {
    }

    public static boolean isValid(String text) {
        return text != null && WHOLE.matcher(text).matches();
    }

    /** Parses a valid duration; callers validate first. */
    public static Duration parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        double seconds = 0;
        Matcher m = PART.matcher(text);
        while (m.find()) {
            double amount = Double.parseDouble(m.group(1));
            seconds += amount * (m.group(2).equals("h") ? 3600 : m.group(2).equals("m") ? 60 : 1);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Go's form; from a minute up, fractions of a second are dropped. {@code null} is "no limit". */
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
