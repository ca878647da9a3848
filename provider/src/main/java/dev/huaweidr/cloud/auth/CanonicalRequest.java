package dev.huaweidr.cloud.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The canonical form of a request under SDK-HMAC-SHA256 (spec §2.1 step 4): method, canonical URI (each
 * segment encoded, trailing slash added), sorted encoded query, the signed headers and the payload hash.
 *
 * @param path        the decoded path, as the server sees it (e.g. {@code /v3/p/instances})
 * @param query       decoded query pairs in any order; a {@code null} value signs as {@code k=}
 * @param headers     only the headers to sign; names in any case
 * @param payloadHash lower-case hex SHA-256 of the exact body bytes
 */
public record CanonicalRequest(String method, String path, List<Map.Entry<String, String>> query,
        Map<String, String> headers, String payloadHash) {

    public CanonicalRequest {
        TreeMap<String, String> lowerCased = new TreeMap<>();
        headers.forEach((name, value) -> lowerCased.put(name.toLowerCase(Locale.ROOT), value.trim()));
        headers = lowerCased;
        query = List.copyOf(query);
    }

    /** Convenience for a body given as bytes. */
    public static CanonicalRequest of(String method, String path, List<Map.Entry<String, String>> query,
            Map<String, String> headers, byte[] body) {
        return new CanonicalRequest(method, path, query, headers, Hashing.sha256Hex(body));
    }

    /** The {@code SignedHeaders} value: lower-case names, byte order, joined by {@code ;}. */
    public String signedHeaders() {
        return String.join(";", headers.keySet());
    }

    /** The six lines (the header block ends with its own newline, hence the blank line). */
    public String text() {
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
        return String.join("\n", method.toUpperCase(Locale.ROOT), canonicalUri(), canonicalQuery(),
                canonicalHeaders, signedHeaders(), payloadHash);
    }

    private String canonicalUri() {
        StringJoiner joined = new StringJoiner("/");
        for (String segment : path.split("/", -1)) {
            joined.add(encode(segment));
        }
        String uri = joined.toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private String canonicalQuery() {
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<String, String> entry : query) {
            String value = entry.getValue() == null ? "" : entry.getValue();
            pairs.add(new String[] {encode(entry.getKey()), encode(value)});
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringJoiner joined = new StringJoiner("&");
        pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
        return joined.toString();
    }

    /** UTF-8 bytes; unreserved characters kept, everything else {@code %XX} in upper-case hex. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
