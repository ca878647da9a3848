package dev.huaweidr.emulator.server;

import java.io.PrintStream;
import java.time.Instant;

/** One line per request: time, method, path and query, status, duration, request id. Never headers or bodies. */
public final class RequestLog {
    private final PrintStream out;

    /** @param out where to log; null logs nothing */
    public RequestLog(PrintStream out) {
        this.out = out;
    }

    void log(String method, String rawPath, String rawQuery, String outcome, long millis, String requestId) {
        if (out != null) {
            String target = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
            out.println(Instant.now() + " " + method + " " + target + " -> " + outcome + " " + millis + "ms "
                    + requestId);
        }
    }
}
