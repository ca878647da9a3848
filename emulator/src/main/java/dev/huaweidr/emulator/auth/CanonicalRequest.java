package dev.huaweidr.emulator.auth;

import dev.huaweidr.emulator.http.PercentCoding;
import dev.huaweidr.emulator.http.QueryString;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SDK-HMAC-SHA256 canonical request, rebuilt from what was received: method, raw path, raw query,
 * the signed headers' values and the payload hash. Path segments and query parts are decoded from the wire
 * form and re-encoded canonically (unreserved characters kept, everything else upper-case {@code %XX}).
 */
public final class CanonicalRequest {
    private CanonicalRequest() {
    }

    /**
     * @param signedHeaders lower-case header names in SignedHeaders order, mapped to the received values
     */
    public static String build(String method, String rawPath, String rawQuery, Map<String, String> signedHeaders,
                               String payloadHash) {
        StringBuilder headers = new StringBuilder();
        signedHeaders.forEach((name, value) -> headers.append(name).append(':').append(value.trim()).append('\n'));
        return String.join("\n",
                method.toUpperCase(),
                canonicalUri(rawPath),
                canonicalQuery(rawQuery),
                headers.toString(),
                String.join(";", signedHeaders.keySet()),
                payloadHash);
    }

    public static String stringToSign(String sdkDate, String canonicalRequest) {
        return "SDK-HMAC-SHA256\n" + sdkDate + "\n" + Hashing.sha256Hex(canonicalRequest);
    }

    /** Every segment re-encoded; a trailing {@code /} appended (in the canonical form only). */
    static String canonicalUri(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String[] segments = path.split("/", -1);
        List<String> encoded = new ArrayList<>();
        for (String segment : segments) {
            encoded.add(encode(PercentCoding.decode(segment)));
        }
        String result = String.join("/", encoded);
        return result.endsWith("/") ? result : result + "/";
    }

    /** Keys and values encoded, sorted by key then value, joined with {@code &}; a bare key becomes {@code k=}. */
    static String canonicalQuery(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<String, String> pair : QueryString.parse(rawQuery)) {
            pairs.add(new String[] {encode(pair.getKey()), encode(pair.getValue())});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> joined = new ArrayList<>();
        for (String[] pair : pairs) {
            joined.add(pair[0] + "=" + pair[1]);
        }
        return String.join("&", joined);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
