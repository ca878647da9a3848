package dev.huaweidr.emulator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately separate, test-only SDK-HMAC-SHA256 signer (the emulator must not share signing code
 * with anyone, including its own tests), written the way client SDKs do it: URLEncoder plus fix-ups.
 */
public final class TestSigner {
    private TestSigner() {
    }

    /**
     * @param headers headers to sign, any case; names are lower-cased and sorted here
     * @return the Authorization header value
     */
    public static String authorization(String ak, String sk, String method, String rawPath, String rawQuery,
                                       Map<String, String> headers, byte[] body) {
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((k, v) -> signed.put(k.toLowerCase(), v.trim()));
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
        String signedNames = String.join(";", signed.keySet());
        String canonical = method + "\n" + uri(rawPath) + "\n" + query(rawQuery) + "\n" + canonicalHeaders + "\n"
                + signedNames + "\n" + hex(sha256(body));
        String toSign = "SDK-HMAC-SHA256\n" + signed.get("x-sdk-date") + "\n"
                + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        return "SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=" + signedNames + ", Signature=" + hmac(sk, toSign);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String uri(String rawPath) {
        List<String> parts = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            parts.add(encode(URLDecoder.decode(segment, StandardCharsets.UTF_8)));
        }
        String joined = String.join("/", parts);
        return joined.endsWith("/") ? joined : joined + "/";
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> params = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(encode(URLDecoder.decode(kv[0], StandardCharsets.UTF_8)), k -> new ArrayList<>())
                    .add(encode(URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8)));
        }
        List<String> out = new ArrayList<>();
        params.forEach((k, values) -> values.stream().sorted().forEach(v -> out.add(k + "=" + v)));
        return String.join("&", out);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return hex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
