package dev.huaweidr.cloud.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** SDK-HMAC-SHA256 (spec §2.1 steps 5-7): pure, no clock and no I/O, so every test vector checks it. */
public final class AkSkSigner {
    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final byte[] secretKey;

    public AkSkSigner(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code X-Sdk-Date} value for {@code instant}. */
    public static String sdkDate(Instant instant) {
        return SDK_DATE.format(instant);
    }

    /** Lower-case hex SHA-256 of the canonical request text. */
    public static String canonicalRequestHash(CanonicalRequest request) {
        return Hashing.sha256Hex(request.text());
    }

    public String signature(CanonicalRequest request, String sdkDate) {
        String stringToSign = ALGORITHM + "\n" + sdkDate + "\n" + canonicalRequestHash(request);
        return Hashing.hmacSha256Hex(secretKey, stringToSign);
    }

    /** The {@code Authorization} header value. */
    public String authorization(CanonicalRequest request, String sdkDate) {
        return ALGORITHM + " Access=" + accessKey + ", SignedHeaders=" + request.signedHeaders()
                + ", Signature=" + signature(request, sdkDate);
    }

    @Override
    public String toString() {
        return "AkSkSigner(redacted)";
    }
}
