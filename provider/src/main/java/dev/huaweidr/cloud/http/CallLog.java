package dev.huaweidr.cloud.http;

import dev.huaweidr.log.Level;
import dev.huaweidr.log.Logger;
import java.time.Duration;
import okhttp3.Request;
import okhttp3.Response;

/** One DEBUG line per attempt (method, path, status, duration, request id); bodies only at TRACE, redacted. */
final class CallLog {
    private static final Logger LOG = Logger.named("cloud");

    private CallLog() {
    }

    static void sending(ApiCall call, Request request, int attempt) {
        if (LOG.enabled(Level.TRACE)) {
            LOG.trace("cloud request", "service", call.service().key(), "method", call.method(),
                    "url", request.url(), "attempt", attempt, "headers", Redaction.headers(request.headers()),
                    "body", Redaction.body(call.bodyText()));
        }
    }

    static void answered(ApiCall call, Response response, String body, long startNanos, int attempt) {
        LOG.debug("cloud call", "service", call.service().key(), "method", call.method(), "path", call.path(),
                "status", response.code(), "duration_ms", millisSince(startNanos),
                "request_id", String.valueOf(response.header("X-Request-Id")), "attempt", attempt);
        if (LOG.enabled(Level.TRACE)) {
            LOG.trace("cloud response", "method", call.method(), "path", call.path(),
                    "headers", Redaction.headers(response.headers()), "body", Redaction.body(body));
        }
    }

    static void failed(ApiCall call, NoAnswer.Kind kind, String reason, boolean sent, long startNanos,
            int attempt) {
        LOG.debug("cloud call failed", "service", call.service().key(), "method", call.method(),
                "path", call.path(), "failure", kind, "error", reason, "request_sent", sent,
                "duration_ms", millisSince(startNanos), "attempt", attempt);
    }

    static void retrying(ApiCall call, String reason, Duration delay, int attempt) {
        LOG.debug("cloud call retrying", "method", call.method(), "path", call.path(), "reason", reason,
                "delay_ms", delay.toMillis(), "next_attempt", attempt + 1);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
