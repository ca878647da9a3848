package dev.huaweidr.framework.codec;

import java.util.HexFormat;

/** Byte strings written as in the protocol spec: "83 a5 63 6f". */
final class Hex {
    private Hex() {
    }

    static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
