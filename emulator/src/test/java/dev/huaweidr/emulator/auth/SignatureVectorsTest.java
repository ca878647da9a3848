package dev.huaweidr.emulator.auth;

import dev.huaweidr.emulator.TestSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verifier's canonical request and signature against the spec's test vectors V1-V6 (§2.2). */
class SignatureVectorsTest {
    private static final String VPCS = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
    private static final String VPCS_QUERY = "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0";
    private static final String JAVA_DATE = "20191115T033655Z";
    private static final String GO_DATE = "20060102T150405Z";
    private static final String HOST = "service.region.example.com";

    @Test
    void v1OfficialExampleSigningContentType() {
        Map<String, String> headers = headers("content-type", "application/json", "host", HOST,
                "x-sdk-date", JAVA_DATE);
        String canonical = CanonicalRequest.build("GET", VPCS, VPCS_QUERY, headers, Hashing.sha256Hex(new byte[0]));
        assertEquals("""
                GET
                /v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/
                limit=2&marker=13551d6b-755d-4757-b956-536f674975c0
                content-type:application/json
                host:service.region.example.com
                x-sdk-date:20191115T033655Z

                content-type;host;x-sdk-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""", canonical);
        assertEquals("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a", Hashing.sha256Hex(canonical));
        assertEquals("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
                sign("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", JAVA_DATE, canonical));
    }

    @Test
    void v2JavaSdkGet() {
        String canonical = CanonicalRequest.build("GET", VPCS, VPCS_QUERY,
                headers("host", HOST, "x-sdk-date", JAVA_DATE), Hashing.sha256Hex(new byte[0]));
        assertEquals("0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18", Hashing.sha256Hex(canonical));
        assertEquals("fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d",
                sign("SecretKey", JAVA_DATE, canonical));
    }

    @Test
    void v3JavaSdkPostWithBody() {
        byte[] body = "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32", Hashing.sha256Hex(body));
        String canonical = CanonicalRequest.build("POST", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", null,
                headers("host", HOST, "x-sdk-date", JAVA_DATE), Hashing.sha256Hex(body));
        assertEquals("79be7a43859f485df125c417ebb8821754c7ed42f6742ce8b0fd74b2b303446d", Hashing.sha256Hex(canonical));
        assertEquals("b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771",
                sign("SecretKey", JAVA_DATE, canonical));
    }

    @Test
    void v4RootPathStaysASingleSlash() {
        String canonical = CanonicalRequest.build("GET", "/", "", headers("host", "example.com", "x-sdk-date",
                JAVA_DATE), Hashing.sha256Hex(new byte[0]));
        assertTrue(canonical.startsWith("GET\n/\n\n"));
        assertEquals("845f5f053e69e0d7cdf17c143bd6ffbc72d7be020b93b6ca2da8022efee7d6b8", Hashing.sha256Hex(canonical));
        assertEquals("919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6",
                sign("SecretKey", JAVA_DATE, canonical));
    }

    @Test
    void v5GoSdkGetWithoutHost() {
        String canonical = CanonicalRequest.build("GET", "/path", "limit=1", headers("x-sdk-date", GO_DATE),
                Hashing.sha256Hex(new byte[0]));
        assertEquals("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624",
                sign("SecretKey", GO_DATE, canonical));
    }

    @Test
    void v6GoSdkPostHashesTheTrailingNewline() {
        byte[] body = "{\"Name\":\"test\",\"Id\":1}\n".getBytes(StandardCharsets.UTF_8);
        String canonical = CanonicalRequest.build("POST", "/path", "key=value", headers("x-sdk-date", GO_DATE),
                Hashing.sha256Hex(body));
        assertEquals("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59",
                sign("SecretKey", GO_DATE, canonical));
    }

    @Test
    void queryIsDecodedReEncodedWithUpperCaseHexAndSorted() {
        String raw = "limit=1&enable=true&test=" + TestSigner.encode("一 (&=?!#%.*)") + "&path="
                + TestSigner.encode("/a/123") + "&multi=3&multi=1&multi=2";
        assertEquals("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Fa%2F123"
                + "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29", CanonicalRequest.canonicalQuery(raw));
    }

    @Test
    void pathSegmentsAreReEncodedWhateverTheWireEncoding() {
        assertEquals("/v3/p/instances/%2Ain12/", CanonicalRequest.canonicalUri("/v3/p/instances/*in12"));
        assertEquals("/v3/p/instances/%2Ain12/", CanonicalRequest.canonicalUri("/v3/p/instances/%2ain12"));
        assertEquals("/v3/p/instances/", CanonicalRequest.canonicalUri("/v3/p/instances/"));
    }

    @Test
    void theTestSignerAgreesWithVectorV1() {
        String header = TestSigner.authorization("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
                "GET", VPCS, VPCS_QUERY, Map.of("Content-Type", "application/json", "Host", HOST,
                        "X-Sdk-Date", JAVA_DATE), new byte[0]);
        assertEquals("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
                + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe", header);
    }

    private static String sign(String sk, String date, String canonical) {
        return Hashing.hmacSha256Hex(sk, CanonicalRequest.stringToSign(date, canonical));
    }

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
