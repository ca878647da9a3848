package dev.huaweidr.log;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * What libraries log through java.util.logging (grpc, OkHttp) goes to stderr as hclog JSON lines too, so
 * Terraform shows it at its level instead of as stray text, and a stack trace becomes one line naming the chain
 * of causes. Records finer than INFO are never published: grpc's FINE records include HTTP/2 frames, payloads
 * and all, and a payload may carry a secret.
 */
public final class JavaLogging extends Handler {
    private static final Logger LOG = Logger.named("library");
    private static final int MAX_CAUSES = 8;
    private final SimpleFormatter formatter = new SimpleFormatter();

    JavaLogging() {
    }

    /** Replaces the JDK's console handler; called once, at start-up. */
    public static void install() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(java.util.logging.Level.INFO);
        root.addHandler(new JavaLogging());
    }

    @Override
    public void publish(LogRecord record) {
        Level level = level(record.getLevel());
        if (LOG.enabled(level)) {
            LOG.log(level, message(record), "logger", record.getLoggerName());
        }
    }

    static Level level(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARN;
        }
        return value >= java.util.logging.Level.INFO.intValue() ? Level.INFO : Level.DEBUG;
    }

    /** The record's message, then each cause as {@code class: message}, without the stack frames. */
    String message(LogRecord record) {
        StringBuilder text = new StringBuilder(formatter.formatMessage(record));
        Throwable cause = record.getThrown();
        for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
            text.append(": ").append(cause);
        }
        return text.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
