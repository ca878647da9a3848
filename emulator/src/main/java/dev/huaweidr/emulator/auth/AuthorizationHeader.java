package dev.huaweidr.emulator.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=a;b, Signature=<hex>}, parsed. Parsing is lenient
 * about spaces after the commas; the three parts are required.
 */
record AuthorizationHeader(String accessKey, List<String> signedHeaders, String signature) {
    private static final String ALGORITHM = "SDK-HMAC-SHA256 ";

    static Optional<AuthorizationHeader> parse(String header) {
        if (header == null || !header.startsWith(ALGORITHM)) {
            return Optional.empty();
        }
        String access = null;
        String signed = null;
        String signature = null;
        for (String part : header.substring(ALGORITHM.length()).split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (eq < 0) {
                return Optional.empty();
            }
            String value = item.substring(eq + 1);
            switch (item.substring(0, eq)) {
                case "Access" -> access = value;
                case "SignedHeaders" -> signed = value;
                case "Signature" -> signature = value;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (access == null || access.isEmpty() || signed == null || signed.isEmpty() || signature == null) {
            return Optional.empty();
        }
        return Optional.of(new AuthorizationHeader(access, Arrays.asList(signed.split(";")), signature));
    }
}
