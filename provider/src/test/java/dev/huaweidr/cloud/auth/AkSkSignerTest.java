package dev.huaweidr.cloud.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every test vector of spec §2.2. */
class AkSkSignerTest {
    private static final String DATE_2019 = "20191115T033655Z";
    private static final String HOST = "service.region.example.com";
    private static final String VPC_PATH = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
    private static final List<Map.Entry<String, String>> VPC_QUERY = List.of(
            new SimpleImmutableEntry<>("marker", "13551d6b-755d-4757-b956-536f674975c0"),
            new SimpleImmutableEntry<>("limit", "2"));
    private static final AkSkSigner SDK_KEYS = new AkSkSigner("AccessKey", "SecretKey");

    @Test
    void v1OfficialGuideSignsContentTypeHostAndDate() {
        CanonicalRequest request = CanonicalRequest.of("GET", VPC_PATH, VPC_QUERY,
                Map.of("Content-Type", "application/json", "Host", HOST, "X-Sdk-Date", DATE_2019), new byte[0]);
        assertEquals("""
                GET
                /v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/
                limit=2&marker=13551d6b-755d-4757-b956-536f674975c0
                content-type:application/json
                host:service.region.example.com
                x-sdk-date:20191115T033655Z

                content-type;host;x-sdk-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""", request.text());
        assertEquals("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a",
                AkSkSigner.canonicalRequestHash(request));
        AkSkSigner signer = new AkSkSigner("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
        assertEquals("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
                + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
                signer.authorization(request, DATE_2019));
    }

    @Test
    void v2GetWithQuerySignsHostAndDate() {
        CanonicalRequest request = CanonicalRequest.of("GET", VPC_PATH, VPC_QUERY, hostAndDate(HOST), new byte[0]);
        assertSigned(request, DATE_2019, "0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18",
                "fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
    }

    @Test
    void v3PostHashesTheBody() {
        byte[] body = "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8);
        CanonicalRequest request = CanonicalRequest.of("POST", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123",
                List.of(), hostAndDate(HOST), body);
        assertEquals("e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32", request.payloadHash());
        assertSigned(request, DATE_2019, "79be7a43859f485df125c417ebb8821754c7ed42f6742ce8b0fd74b2b303446d",
                "b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void v4RootPathKeepsItsSingleSlash() {
        CanonicalRequest request = CanonicalRequest.of("GET", "/", List.of(), hostAndDate("example.com"), new byte[0]);
        assertEquals("/", request.text().split("\n")[1]);
        assertSigned(request, DATE_2019, "845f5f053e69e0d7cdf17c143bd6ffbc72d7be020b93b6ca2da8022efee7d6b8",
                "919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    }

    @Test
    void v5GoSdkSignsOnlyTheDate() {
        CanonicalRequest request = CanonicalRequest.of("GET", "/path",
                List.of(new SimpleImmutableEntry<>("limit", "1")), Map.of("X-Sdk-Date", "20060102T150405Z"),
                new byte[0]);
        assertEquals("x-sdk-date", request.signedHeaders());
        assertEquals("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624",
                SDK_KEYS.signature(request, "20060102T150405Z"));
    }

    @Test
    void v6GoSdkBodyIncludesTheEncodersTrailingNewline() {
        byte[] body = "{\"Name\":\"test\",\"Id\":1}\n".getBytes(StandardCharsets.UTF_8);
        CanonicalRequest request = CanonicalRequest.of("POST", "/path",
                List.of(new SimpleImmutableEntry<>("key", "value")), Map.of("X-Sdk-Date", "20060102T150405Z"), body);
        assertEquals("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59",
                SDK_KEYS.signature(request, "20060102T150405Z"));
    }

    @Test
    void queryIsEncodedSortedAndRepeatedValuesSortedLikeTheGoSdkTest() {
        List<Map.Entry<String, String>> query = List.of(
                new SimpleImmutableEntry<>("limit", "1"), new SimpleImmutableEntry<>("enable", "true"),
                new SimpleImmutableEntry<>("test", "一 (&=?!#%.*)"), new SimpleImmutableEntry<>("path", "/a/123"),
                new SimpleImmutableEntry<>("multi", "3"), new SimpleImmutableEntry<>("multi", "1"),
                new SimpleImmutableEntry<>("multi", "2"));
        CanonicalRequest request = CanonicalRequest.of("GET", "/", query, Map.of("X-Sdk-Date", "x"), new byte[0]);
        assertEquals("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Fa%2F123"
                + "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29", request.text().split("\n")[2]);
    }

    @Test
    void headerValuesAreTrimmedAndNamesLowerCased() {
        CanonicalRequest request = CanonicalRequest.of("get", "/a", List.of(),
                Map.of("X-Project-Id", "  p1 ", "Host", "h"), new byte[0]);
        assertEquals("host;x-project-id", request.signedHeaders());
        assertEquals(List.of("GET", "/a/", "", "host:h", "x-project-id:p1"),
                List.of(request.text().split("\n")).subList(0, 5));
    }

    private static Map<String, String> hostAndDate(String host) {
        return Map.of("Host", host, "X-Sdk-Date", DATE_2019);
    }

    private static void assertSigned(CanonicalRequest request, String date, String hash, String signature) {
        assertEquals("host;x-sdk-date", request.signedHeaders());
        assertEquals(hash, AkSkSigner.canonicalRequestHash(request));
        assertEquals(signature, SDK_KEYS.signature(request, date));
        assertEquals("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=" + signature,
                SDK_KEYS.authorization(request, date));
    }
}
