package dev.huaweidr.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.CallSite;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.Service;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void retryAfterInSecondsOrAsHttpDate() {
        assertEquals(Duration.ofSeconds(3), RetryPolicy.parseRetryAfter("3", NOW));
        assertEquals(Duration.ofSeconds(90), RetryPolicy.parseRetryAfter("Sat, 01 Mar 2025 10:01:30 GMT", NOW));
        assertEquals(Duration.ZERO, RetryPolicy.parseRetryAfter("Sat, 01 Mar 2025 09:00:00 GMT", NOW));
        assertNull(RetryPolicy.parseRetryAfter("soon", NOW));
        assertNull(RetryPolicy.parseRetryAfter(null, NOW));
    }

    @Test
    void delayHonoursRetryAfterElseFullJitterWithinTheStep() {
        RetryPolicy policy = new RetryPolicy(3, new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), 2),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(Duration.ofSeconds(7), policy.delay(0, "7"));
        for (int i = 0; i < 200; i++) {
            Duration d = policy.delay(5, null);
            assertFalse(d.isNegative());
            assertTrue(d.compareTo(Duration.ofMillis(400)) <= 0, d.toString());
        }
        assertTrue(policy.mayRetryAfter(2));
        assertFalse(policy.mayRetryAfter(3));
    }

    @Test
    void backoffGrowsToItsCap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 1.5);
        assertEquals(Duration.ofSeconds(1), b.step(0));
        assertEquals(Duration.ofMillis(2250), b.step(2));
        assertEquals(Duration.ofSeconds(10), b.step(20));
        assertEquals(Duration.ofSeconds(10), b.step(Integer.MAX_VALUE));
    }

    @Test
    void onlyIdempotentCallsRepeatAServerError() {
        assertEquals(RetryPolicy.Verdict.RETRY, RetryPolicy.verdict(error(500, ErrorClass.FATAL), true, false));
        assertEquals(RetryPolicy.Verdict.OUTCOME_UNKNOWN, RetryPolicy.verdict(error(503, ErrorClass.FATAL), false, false));
        assertEquals(RetryPolicy.Verdict.RETRY, RetryPolicy.verdict(error(500, ErrorClass.RETRYABLE_BUSY), false, false));
        assertEquals(RetryPolicy.Verdict.RETRY, RetryPolicy.verdict(error(429, ErrorClass.THROTTLED), false, false));
        assertEquals(RetryPolicy.Verdict.FAIL, RetryPolicy.verdict(error(400, ErrorClass.FATAL), true, false));
        assertEquals(RetryPolicy.Verdict.FAIL, RetryPolicy.verdict(error(404, ErrorClass.NOT_FOUND), true, false));
    }

    @Test
    void aToggleDoesNotWaitOutABusyInstanceButStillWaitsOutThrottling() {
        assertEquals(RetryPolicy.Verdict.FAIL, RetryPolicy.verdict(error(400, ErrorClass.RETRYABLE_BUSY), false, true));
        assertEquals(RetryPolicy.Verdict.FAIL, RetryPolicy.verdict(error(500, ErrorClass.RETRYABLE_BUSY), false, true),
                "busy means not applied, whatever the status");
        assertEquals(RetryPolicy.Verdict.RETRY, RetryPolicy.verdict(error(429, ErrorClass.THROTTLED), false, true));
        assertEquals(RetryPolicy.Verdict.OUTCOME_UNKNOWN, RetryPolicy.verdict(error(502, ErrorClass.FATAL), false, true));
    }

    private static ApiException error(int status, ErrorClass c) {
        return new ApiException(new CallSite(Service.GEMINIDB, "POST", "/v3/p/x"), status, "X", "m", "", c);
    }
}
