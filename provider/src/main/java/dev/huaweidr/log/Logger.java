package dev.huaweidr.log;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes hclog-style JSON lines to stderr, which go-plugin re-logs through Terraform's provider logger at the
 * line's level. Nothing may ever go to stdout: stdout carries the handshake.
 *
 * <p>Values are written with {@link String#valueOf}; callers pass secrets only wrapped in something whose
 * {@code toString} redacts them.
 */
public final class Logger {
    /** go-plugin parses {@code @timestamp} with Go's layout {@code 2006-01-02T15:04:05.000000Z07:00}. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    private static final Level THRESHOLD = LogSettings.threshold(System.getenv());
    private static final PrintStream OUT = System.err;

    private final String module;

    private Logger(String module) {
        this.module = module;
    }

    /** A logger whose lines carry {@code @module = huaweidr.<name>}. */
    public static Logger named(String name) {
        return new Logger("huaweidr." + name);
    }

    public boolean enabled(Level level) {
        return level.compareTo(THRESHOLD) >= 0 && level != Level.OFF;
    }

    public void trace(String message, Object... keyValues) {
        log(Level.TRACE, message, keyValues);
    }

    public void debug(String message, Object... keyValues) {
        log(Level.DEBUG, message, keyValues);
    }

    public void info(String message, Object... keyValues) {
        log(Level.INFO, message, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        log(Level.WARN, message, keyValues);
    }

    public void error(String message, Object... keyValues) {
        log(Level.ERROR, message, keyValues);
    }

    /** Logs {@code message} with alternating key, value pairs. */
    public void log(Level level, String message, Object... keyValues) {
        if (!enabled(level)) {
            return;
        }
        StringBuilder line = new StringBuilder(128);
        field(line.append('{'), "@level", level.hclogName());
        field(line.append(','), "@message", message);
        field(line.append(','), "@module", module);
        field(line.append(','), "@timestamp", TIMESTAMP.format(OffsetDateTime.now(ZoneOffset.UTC)));
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            field(line.append(','), String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
        }
        line.append('}');
        // One println per line keeps concurrent lines whole.
        OUT.println(line);
    }

    private static void field(StringBuilder line, String key, String value) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        line.append('"');
        encoder.quoteAsString(key, line);
        line.append("\":\"");
        encoder.quoteAsString(value, line);
        line.append('"');
    }
}
