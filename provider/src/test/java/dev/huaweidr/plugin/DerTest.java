package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** DER elements against encodings from RFC 5280, X.690 and what OpenSSL writes for the same values. */
class DerTest {
    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private static byte[] tagged(String header, String ascii) {
        byte[] head = hex(header);
        byte[] text = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + text.length);
        System.arraycopy(text, 0, all, head.length, text.length);
        return all;
    }

    @Test
    void objectIdentifiersUseBase128ArcsAfterTheFirstTwoCombined() {
        assertArrayEquals(hex("06 08 2A 86 48 CE 3D 04 03 02"), Der.oid("1.2.840.10045.4.3.2"));
        assertArrayEquals(hex("06 03 55 1D 11"), Der.oid("2.5.29.17"));
        assertArrayEquals(hex("06 08 2B 06 01 05 05 07 03 01"), Der.oid("1.3.6.1.5.5.7.3.1"));
    }

    @Test
    void lengthsFromOneHundredTwentyEightBytesUseTheLongForm() {
        byte[] element = Der.octetString(new byte[200]);
        assertArrayEquals(hex("04 81 C8"), Arrays.copyOf(element, 3));
        byte[] large = Der.octetString(new byte[300]);
        assertArrayEquals(hex("04 82 01 2C"), Arrays.copyOf(large, 4));
        assertArrayEquals(hex("04 7F"), Arrays.copyOf(Der.octetString(new byte[127]), 2));
    }

    @Test
    void integersAreMinimalTwosComplement() {
        assertArrayEquals(hex("02 01 02"), Der.integer(BigInteger.TWO));
        assertArrayEquals(hex("02 02 00 80"), Der.integer(BigInteger.valueOf(128)), "a leading zero keeps it positive");
    }

    @Test
    void booleansTrueIsAllOnes() {
        assertArrayEquals(hex("01 01 FF"), Der.bool(true));
    }

    @Test
    void timesAreUtcTimeUntil2049AndGeneralizedTimeFrom2050() {
        assertArrayEquals(tagged("17 0D", "491231235959Z"), Der.time(Instant.parse("2049-12-31T23:59:59Z")));
        assertArrayEquals(tagged("18 0F", "20500101000000Z"), Der.time(Instant.parse("2050-01-01T00:00:00Z")));
    }

    @Test
    void wrappersTagTheirContent() {
        assertArrayEquals(hex("30 06 01 01 FF 01 01 00"), Der.sequence(Der.bool(true), Der.bool(false)));
        assertArrayEquals(hex("A3 03 01 01 FF"), Der.explicit(3, Der.bool(true)));
        assertArrayEquals(hex("82 02 61 62"), Der.implicitIa5(2, "ab"));
        assertArrayEquals(hex("03 02 02 AC"), Der.bitString(new byte[] {(byte) 0xAC}, 2));
    }
}
