package dev.huaweidr.cloud.http;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.ErrorClass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed attempt may be repeated. Throttling and busy answers were not applied, so every call may
 * repeat them, except that a toggle does not wait out a busy instance (see {@link ApiCall#toggle()}); a 5xx
 * leaves a change request's outcome unknown, so only idempotent calls (GETs) repeat it.
 */
final class RetryPolicy {
    enum Verdict { RETRY, FAIL, OUTCOME_UNKNOWN }

    private final int maxRetries;
    private final Backoff backoff;
    private final Clock clock;

    RetryPolicy(int maxRetries, Backoff backoff, Clock clock) {
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.clock = clock;
    }

    static Verdict verdict(ApiException error, boolean idempotent, boolean toggle) {
        ErrorClass c = error.errorClass();
        if (c == ErrorClass.THROTTLED) {
            return Verdict.RETRY;
        }
        if (c == ErrorClass.RETRYABLE_BUSY) {
            return toggle ? Verdict.FAIL : Verdict.RETRY;
        }
        if (error.httpStatus() >= 500) {
            return idempotent ? Verdict.RETRY : Verdict.OUTCOME_UNKNOWN;
        }
        return Verdict.FAIL;
    }

    /** Whether attempt number {@code attempt} (0 = the first) may be followed by another. */
    boolean mayRetryAfter(int attempt) {
        return attempt < maxRetries;
    }

    /** The sleep before the next attempt: the server's {@code Retry-After} when it gave one, else full jitter. */
    Duration delay(int attempt, String retryAfter) {
        Duration asked = parseRetryAfter(retryAfter, clock.instant());
        if (asked != null) {
            return asked;
        }
        long bound = backoff.step(attempt).toNanos();
        return Duration.ofNanos(bound == 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date; {@code null} when absent or unreadable. */
    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
