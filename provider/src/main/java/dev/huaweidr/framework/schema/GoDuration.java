package dev.huaweidr.framework.schema;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Terraform users write them for timeouts ({@code 30s}, {@code 10m}, {@code 1h30m}): Go's
 * {@code time.ParseDuration} syntax, limited to hours, minutes and seconds with optional fractions.
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
}
