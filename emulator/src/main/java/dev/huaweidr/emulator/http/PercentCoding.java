package dev.huaweidr.emulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-decoding (no {@code +}-as-space: that is form encoding, which URLs here never use). */
public final class PercentCoding {
    private PercentCoding() {
    }

    /** Decodes {@code %XX} sequences as UTF-8; a malformed sequence is kept literally. */
    public static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int literalStart = 0;
        for (int i = 0; i < raw.length(); i++) {
            int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (raw.charAt(i) == '%' && hi >= 0 && lo >= 0) {
                bytes.writeBytes(raw.substring(literalStart, i).getBytes(StandardCharsets.UTF_8));
                bytes.write(hi * 16 + lo);
                i += 2;
                literalStart = i + 1;
            }
        }
        bytes.writeBytes(raw.substring(literalStart).getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
