package dev.huaweidr.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.LoopbackListener;
import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.ConnectionFailedException;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.Service;
import dev.huaweidr.cloud.TlsTrust;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.cloud.geminidb.ConstructRequest;
import dev.huaweidr.cloud.geminidb.ConstructResult;
import dev.huaweidr.cloud.geminidb.DrPeer;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retry, idempotency and error behaviour against a scripted HTTP server on loopback. */
class CloudHttpTest {
    static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), 2);
    /** Limits short enough for a test to meet each of them. */
    private static final AttemptLimits SHORT =
            new AttemptLimits(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1));
    private static final ConstructRequest CONSTRUCT = ConstructRequest.primary("dr-1", "Str0ng!Pass",
            new DrPeer("b-1", "ap-southeast-3", List.of("10.20.1.0/24"), List.of("10.20.1.8")));
    private static final String CONSTRUCT_PATH = "/v3/p1/instances/a-1/disaster-recovery/construction";

    private final MockWebServer server = new MockWebServer();
    private Cloud cloud;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        cloud = cloudAt(server.url("/").toString(), 3);
    }

    @AfterEach
    void stop() {
        cloud.close();
        server.close();
    }

    static Map<Service, String> everyServiceAt(String baseUrl) {
        Map<Service, String> overrides = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            overrides.put(s, baseUrl);
        }
        return overrides;
    }

    static Cloud cloudAt(String baseUrl, int maxRetries) {
        return cloudAt(baseUrl, maxRetries, AttemptLimits.DEFAULT);
    }

    private static Cloud cloudAt(String baseUrl, int maxRetries, AttemptLimits limits) {
        return Cloud.builder(new CloudConfig("ap-southeast-1", "p1", Credentials.iamToken("tok"),
                everyServiceAt(baseUrl), TlsTrust.SYSTEM, maxRetries)).retryBackoff(FAST).attemptLimits(limits)
                .build();
    }

    private GeminiDb gemini() {
        return cloud.geminiDb("ap-southeast-1");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse error(int code, String errorCode, String msg) {
        return json(code, "{\"error_code\":\"" + errorCode + "\",\"error_msg\":\"" + msg + "\"}");
    }

    @Test
    void errorMessageNamesCodeStatusCallAndRequestId() {
        server.enqueue(new MockResponse.Builder(error(400, "DBS.280462", "CIDR starts with 192."))
                .addHeader("X-Request-Id", "req-9").build());
        ApiException e = assertThrows(ApiException.class, () -> gemini().construct("a-1", CONSTRUCT));
        assertEquals("DBS.280462: CIDR starts with 192. (HTTP 400, POST " + CONSTRUCT_PATH + ", request id req-9)",
                e.getMessage());
        assertEquals(ErrorClass.FATAL, e.errorClass());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anIdThatWouldChangeThePathIsNeverSent() {
        // The URL builder drops "." and climbs over "..": the request would reach another API than the one meant.
        for (String id : new String[] {"..", ".", "", " "}) {
            CloudException e = assertThrows(CloudException.class, () -> gemini().syncStatus(id));
            assertTrue(e.getMessage().contains("it was not sent"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void throttledChangeHonoursRetryAfterThenSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder(error(429, "APIG.0308", "The throttling threshold has been reached"))
                .addHeader("Retry-After", "1").build());
        server.enqueue(json(202, "{\"job_id\":\"j-1\",\"disaster_recovery_id\":\"dr-9\"}"));
        long start = System.nanoTime();
        assertEquals(new ConstructResult("j-1", "dr-9"), gemini().construct("a-1", CONSTRUCT));
        assertTrue(System.nanoTime() - start >= 950_000_000L, "Retry-After was not honoured");
        assertEquals(2, server.getRequestCount());
        assertEquals(server.takeRequest().getBody(), server.takeRequest().getBody());
    }

    @Test
    void busyAnswerRepeatsAChange() {
        server.enqueue(error(403, "DBS.200019", "Another operation is running"));
        server.enqueue(error(500, "DBS.280005", "Server error, try later"));
        server.enqueue(json(202, "{\"job_id\":\"j-2\"}"));
        assertEquals("j-2", gemini().deconstruct("a-1"));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void serverErrorOnAChangeIsOutcomeUnknownAndNeverRepeated() {
        server.enqueue(error(500, "DBS.999999", "internal"));
        OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
                () -> gemini().construct("a-1", CONSTRUCT));
        assertTrue(e.getMessage().startsWith("POST " + CONSTRUCT_PATH + " was sent but its outcome is unknown"),
                e.getMessage());
        assertInstanceOf(ApiException.class, e.getCause());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void serverErrorsOnAReadAreRepeated() {
        server.enqueue(json(502, "<html>bad gateway</html>"));
        server.enqueue(error(503, "SYS.0503", "unavailable"));
        server.enqueue(json(200, "{\"role\":\"slave\"}"));
        assertEquals("slave", gemini().instanceRole("a-1"));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void resetAfterAChangeWasSentIsOutcomeUnknown() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        assertThrows(OutcomeUnknownException.class, () -> gemini().switchoverMaster("b-1", true));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void resetOnAReadIsRepeated() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, "{\"role\":\"master\"}"));
        assertEquals("master", gemini().instanceRole("a-1"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void refusedConnectionNeverReachedTheServiceSoEvenAChangeIsRepeated() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Cloud unreachable = cloudAt("http://127.0.0.1:" + closedPort, 2)) {
            ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
                    () -> unreachable.geminiDb("ap-southeast-1").construct("a-1", CONSTRUCT));
            assertTrue(e.getMessage().startsWith("POST " + CONSTRUCT_PATH + ": the connection to the GeminiDB "
                    + "endpoint http://127.0.0.1:" + closedPort + "/ (`endpoints.geminidb`) failed: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("Check `endpoints.geminidb`: that it is right and reachable from this "
                    + "machine."), e.getMessage());
        }
    }

    /** A plain-HTTP server behind an https:// address answers the ClientHello with text: TLS can never work. */
    @Test
    void plainHttpBehindAnHttpsAddressFailsAtOnceNamingTheEndpointKey() {
        try (LoopbackListener plain = LoopbackListener.answering("HTTP/1.1 400 Bad Request\r\n\r\n");
                Cloud misaddressed = cloudAt("https://127.0.0.1:" + plain.port(), 3)) {
            ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
                    () -> misaddressed.geminiDb("ap-southeast-1").instanceRole("a-1"));
            assertEquals(1, plain.accepted(), "a deterministic TLS failure is not retried");
            assertTrue(e.getMessage().startsWith("GET /v3/p1/instances/a-1/instance-role: no TLS session with the "
                    + "GeminiDB endpoint https://127.0.0.1:" + plain.port() + "/ (`endpoints.geminidb`): SSLException: "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("Check `endpoints.geminidb`: its scheme and port. An endpoint that "
                    + "serves plain HTTP needs an http:// address."), e.getMessage());
        }
    }

    @Test
    void aListenerThatNeverCompletesTheTlsHandshakeIsGivenUpAtTheHandshakeLimitNotRetried() {
        // The answer limit is far beyond the operation's deadline: only the handshake's own limit ends it in time.
        AttemptLimits handshakeOnly = new AttemptLimits(Duration.ofSeconds(1), Duration.ofMillis(300),
                Duration.ofSeconds(60));
        try (LoopbackListener silent = LoopbackListener.silent();
                Cloud misaddressed = cloudAt("https://127.0.0.1:" + silent.port(), 3, handshakeOnly)) {
            ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> misaddressed
                    .withDeadline(Duration.ofSeconds(10)).geminiDb("ap-southeast-1").instanceRole("a-1"));
            assertTrue(e.getMessage().contains("the GeminiDB endpoint https://127.0.0.1:" + silent.port()
                    + "/ (`endpoints.geminidb`) accepted the connection but completed no TLS handshake within 300ms"),
                    e.getMessage());
            assertEquals(1, silent.accepted(), "it never answered: silence is what a wrong scheme looks like");
        }
    }

    @Test
    void silenceFromAnEndpointThatNeverAnsweredIsNotRetried() {
        try (LoopbackListener silent = LoopbackListener.silent();
                Cloud misaddressed = cloudAt("http://127.0.0.1:" + silent.port(), 3, SHORT)) {
            ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
                    () -> misaddressed.geminiDb("ap-southeast-1").instanceRole("a-1"));
            assertEquals("GET /v3/p1/instances/a-1/instance-role: no answer from the GeminiDB endpoint http://127.0.0.1:"
                    + silent.port() + "/ (`endpoints.geminidb`) within 1s. Check `endpoints.geminidb`: that it is the "
                    + "address of the GeminiDB API: whatever listens there took the request and said nothing.",
                    e.getMessage());
            assertEquals(1, silent.accepted());
        }
    }

    @Test
    void silenceFromAnEndpointThatHasAnsweredIsRetriedAsABlip() throws IOException {
        try (Cloud quick = cloudAt(server.url("/").toString(), 3, SHORT)) {
            server.enqueue(json(200, "{\"role\":\"slave\"}"));
            server.enqueue(new MockResponse.Builder(json(200, "{\"role\":\"\"}")).headersDelay(5, TimeUnit.SECONDS)
                    .build());
            server.enqueue(json(200, "{\"role\":\"master\"}"));
            assertEquals("slave", quick.geminiDb("ap-southeast-1").instanceRole("a-1"));
            assertEquals("master", quick.geminiDb("ap-southeast-1").instanceRole("a-1"));
            assertEquals(3, server.getRequestCount());
        }
    }

    @Test
    void retriesStopAtMaxRetries() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(error(429, "APIG.0308", "throttled"));
        }
        ApiException e = assertThrows(ApiException.class, () -> gemini().instanceRole("a-1"));
        assertEquals(ErrorClass.THROTTLED, e.errorClass());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void retryAfterBeyondTheDeadlineGivesUpAtOnce() {
        server.enqueue(new MockResponse.Builder(error(429, "APIG.0308", "throttled"))
                .addHeader("Retry-After", "30").build());
        long start = System.nanoTime();
        ApiException e = assertThrows(ApiException.class,
                () -> cloud.withDeadline(Duration.ofSeconds(5)).geminiDb("ap-southeast-1").instanceRole("a-1"));
        assertEquals(429, e.httpStatus());
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void cancellationEndsACallInFlight() {
        server.enqueue(new MockResponse.Builder(json(200, "{\"role\":\"\"}")).headersDelay(20, TimeUnit.SECONDS).build());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(cloud.cancellation()::cancel, 150, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            assertThrows(CancelledException.class, () -> gemini().instanceRole("a-1"));
            assertTrue(System.nanoTime() - start < 2_000_000_000L);
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void dws0000InsideASuccessfulAnswerIsNotAnError() {
        server.enqueue(json(200, "{\"error_code\":\"DWS.0000\",\"error_msg\":\"Request processed.\","
                + "\"disaster_recovery\":{\"id\":\"d-1\"}}"));
        assertEquals("d-1", cloud.dws("ap-southeast-1").create(
                new dev.huaweidr.cloud.dws.CreateDisasterRecovery("t", "az", "c1", "c2", "5m", null, null, null, null)));
    }

    @Test
    void bare404IsNotANotFoundButDcsNestedNotFoundIs() {
        server.enqueue(json(404, "<html>no such page</html>"));
        ApiException e = assertThrows(ApiException.class, () -> cloud.dcs("ap-southeast-1").findInstance("d-1"));
        assertEquals(ErrorClass.FATAL, e.errorClass());
        server.enqueue(json(404, "{\"error\":{\"code\":\"111404022\",\"message\":\"This DCS instance does not exist.\"}}"));
        assertTrue(cloud.dcs("ap-southeast-1").findInstance("d-1").isEmpty());
    }

    @Test
    void baseUrlPathPrefixIsKept() throws Exception {
        try (Cloud prefixed = cloudAt(server.url("/huawei/").toString(), 0)) {
            server.enqueue(json(200, "{\"role\":\"\"}"));
            prefixed.geminiDb("ap-southeast-1").instanceRole("a-1");
            assertEquals("/huawei/v3/p1/instances/a-1/instance-role", server.takeRequest().getUrl().encodedPath());
        }
    }
}
