package dev.huaweidr.cloud.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.CallContext;
import dev.huaweidr.cloud.Cancellation;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.ConnectionFailedException;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.TlsTrust;
import dev.huaweidr.cloud.auth.Credentials;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs {@link ApiCall}s: authenticates (via the client's interceptor), classifies error answers, and repeats
 * what may be repeated (see {@link RetryPolicy}) within {@code maxRetries}, the deadline and cancellation.
 */
public final class CloudHttp implements AutoCloseable {
    private final OkHttpClient client;
    private final AttemptLimits limits;
    private final RetryPolicy retries;
    /** The endpoints (scheme, host, port) that gave an HTTP answer in this process: see {@link NoAnswer}. */
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    public CloudHttp(Credentials credentials, TlsTrust tls, AttemptLimits limits, int maxRetries, Backoff backoff,
            Clock clock) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("max_retries must not be negative, got " + maxRetries);
        }
        this.client = HttpClients.create(credentials, tls, limits, clock);
        this.limits = limits;
        this.retries = new RetryPolicy(maxRetries, backoff, clock);
    }

    <T> T execute(ApiCall call, Class<T> type) {
        String doing = call.site().toString();
        for (int attempt = 0; ; attempt++) {
            call.context().check(doing);
            try {
                return once(call, type, attempt);
            } catch (Retry retry) {
                Duration delay = retries.delay(attempt, retry.retryAfter);
                if (!retries.mayRetryAfter(attempt) || !call.context().deadline().allows(delay)) {
                    throw retry.giveUp;
                }
                CallLog.retrying(call, retry.giveUp.getMessage(), delay, attempt);
                call.context().cancellation().sleep(delay, doing);
            }
        }
    }

    private <T> T once(ApiCall call, Class<T> type, int attempt) throws Retry {
        Request request = call.request();
        AttemptTracker tracker = request.tag(AttemptTracker.class);
        Call http = client.newCall(request);
        CallContext context = call.context();
        Duration left = context.deadline().remaining();
        if (left != null) {
            http.timeout().timeout(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
        }
        CallLog.sending(call, request, attempt);
        long start = System.nanoTime();
        Cancellation.Registration cancelHook = context.cancellation().onCancel(http::cancel);
        try (Response response = http.execute()) {
            answered.add(call.endpoint().origin());
            String body = response.body().string();
            CallLog.answered(call, response, body, start, attempt);
            if (response.isSuccessful()) {
                return decode(call, body, type);
            }
            throw failure(call, response, body);
        } catch (IOException e) {
            context.cancellation().throwIfCancelled(call.site().toString());
            NoAnswer failure = NoAnswer.of(e, tracker.stage(), call.endpoint(), limits);
            CallLog.failed(call, failure.kind(), failure.reason(), tracker.sent(), start, attempt);
            if (tracker.sent() && !call.isIdempotent()) {
                throw new OutcomeUnknownException(call.site(), failure.summary(), e);
            }
            context.check(call.site().toString());
            ConnectionFailedException error = new ConnectionFailedException(call.site() + ": "
                    + failure.explanation(), e);
            if (!failure.mayRepeat(answered.contains(call.endpoint().origin()))) {
                throw error;
            }
            throw new Retry(error, null);
        } finally {
            cancelHook.close();
        }
    }

    /** The exception for an error answer, wrapped in {@link Retry} when another attempt may follow. */
    private static RuntimeException failure(ApiCall call, Response response, String body) throws Retry {
        ErrorBody parsed = ErrorBody.parse(body);
        ErrorClass errorClass = ErrorTable.classify(call.service(), response.code(), parsed);
        String requestId = response.header("X-Request-Id", parsed.requestId());
        String message = parsed.message().isEmpty() ? response.message() : parsed.message();
        ApiException error = new ApiException(call.site(), response.code(), parsed.code(), message, requestId,
                errorClass);
        switch (RetryPolicy.verdict(error, call.isIdempotent(), call.isToggle())) {
            case RETRY:
                throw new Retry(error, response.header("Retry-After"));
            case OUTCOME_UNKNOWN:
                return new OutcomeUnknownException(call.site(), error.getMessage(), error);
            default:
                return error;
        }
    }

    private static <T> T decode(ApiCall call, String body, Class<T> type) {
        try {
            T answer = Json.read(body, type);
            if (answer == null && type != Void.class) {
                throw new CloudException("unexpected answer to " + call.site() + ": no JSON object");
            }
            return answer;
        } catch (JsonProcessingException e) {
            throw new CloudException("unexpected answer to " + call.site() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** A failed attempt that may be repeated; {@code giveUp} is thrown when it may not be. */
    private static final class Retry extends Exception {
        final CloudException giveUp;
        final String retryAfter;

        Retry(CloudException giveUp, String retryAfter) {
            super(null, null, false, false);
            this.giveUp = giveUp;
            this.retryAfter = retryAfter;
        }
    }
}
