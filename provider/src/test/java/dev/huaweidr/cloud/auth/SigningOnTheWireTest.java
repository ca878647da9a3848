package dev.huaweidr.cloud.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.cloud.Service;
import dev.huaweidr.cloud.TlsTrust;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the server receives: re-verified from the raw request, as a gateway would. */
class SigningOnTheWireTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RecordedRequest construct(Credentials credentials) throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(202).body("{\"job_id\":\"j\"}").build());
        CloudConfig config = new CloudConfig("ap-southeast-1", "p1", credentials,
                Map.of(Service.GEMINIDB, server.url("/").toString()), TlsTrust.SYSTEM, 0);
        try (Cloud cloud = Cloud.builder(config).clock(CLOCK).build()) {
            cloud.geminiDb("ap-southeast-1").pauseSync("inst 1/ü");
        }
        return server.takeRequest();
    }

    @Test
    void akSkSignsHostDateAndProjectIdOverTheExactBody() throws InterruptedException {
        RecordedRequest request = construct(Credentials.accessKey("AK-1", "SK-1"));
        assertEquals("20250301T100000Z", request.getHeaders().get("X-Sdk-Date"));
        assertEquals("p1", request.getHeaders().get("X-Project-Id"));
        assertEquals("/v3/p1/instances/inst%201%2F%C3%BC/disaster-recovery/data-synchronization",
                request.getUrl().encodedPath());
        assertEquals(expectedAuthorization(request, "AK-1", "SK-1", "Host", "X-Project-Id", "X-Sdk-Date"),
                request.getHeaders().get("Authorization"));
        assertNull(request.getHeaders().get("X-Auth-Token"));
    }

    @Test
    void temporaryKeysSendAndSignTheSecurityToken() throws InterruptedException {
        RecordedRequest request = construct(Credentials.temporaryAccessKey("AK-2", "SK-2", "ST-2"));
        assertEquals("ST-2", request.getHeaders().get("X-Security-Token"));
        assertEquals(expectedAuthorization(request, "AK-2", "SK-2",
                "Host", "X-Project-Id", "X-Sdk-Date", "X-Security-Token"), request.getHeaders().get("Authorization"));
    }

    @Test
    void iamTokenIsSentAsXAuthTokenWithoutSignature() throws InterruptedException {
        RecordedRequest request = construct(Credentials.iamToken("TOKEN-3"));
        assertEquals("TOKEN-3", request.getHeaders().get("X-Auth-Token"));
        assertEquals("p1", request.getHeaders().get("X-Project-Id"));
        assertNull(request.getHeaders().get("Authorization"));
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        for (Credentials c : List.of(Credentials.accessKey("AKVISIBLE", "SKVISIBLE"),
                Credentials.temporaryAccessKey("AKVISIBLE", "SKVISIBLE", "STVISIBLE"),
                Credentials.iamToken("TOKVISIBLE"))) {
            String text = new CloudConfig("ap-southeast-1", null, c, Map.of(), TlsTrust.SYSTEM, 1).toString();
            assertEquals(-1, text.indexOf("VISIBLE"), text);
        }
    }

    /** Rebuilds the signature from the received request, independently of the client's interceptor. */
    private static String expectedAuthorization(RecordedRequest request, String ak, String sk, String... signed) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : signed) {
            headers.put(name, request.getHeaders().get(name));
        }
        HttpUrl url = request.getUrl();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            query.add(new SimpleImmutableEntry<>(url.queryParameterName(i), url.queryParameterValue(i)));
        }
        CanonicalRequest canonical = CanonicalRequest.of(request.getMethod(),
                "/" + String.join("/", url.pathSegments()), query, headers, request.getBody().toByteArray());
        return new AkSkSigner(ak, sk).authorization(canonical, request.getHeaders().get("X-Sdk-Date"));
    }
}
