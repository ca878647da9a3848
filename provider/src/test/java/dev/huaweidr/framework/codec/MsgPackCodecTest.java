package dev.huaweidr.framework.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Refinements;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MsgPackCodecTest {
    private static final ObjectType COUNT_ID_NAME = Type.object(
            Map.of("count", Type.NUMBER, "id", Type.STRING, "name", Type.STRING));

    static Stream<Samples.Sample> samples() {
        return Samples.all().stream();
    }

    static Stream<Samples.Sample> withNulls() {
        return Samples.withEachPositionReplaced("null", v -> Value.nullOf(v.type())).stream();
    }

    static Stream<Samples.Sample> withUnknowns() {
        return Samples.withEachPositionReplaced("unknown", v -> Value.unknown(v.type())).stream();
    }

    @ParameterizedTest
    @MethodSource({"samples", "withNulls", "withUnknowns"})
    void roundTrips(Samples.Sample sample) throws CodecException {
        byte[] bytes = MsgPackCodec.encode(sample.value(), sample.type());
        Value decoded = MsgPackCodec.decode(bytes, sample.type());
        assertEquals(sample.value(), decoded);
        assertEquals(sample.value().isWhollyKnown(), decoded.isWhollyKnown());
        assertArrayEquals(bytes, MsgPackCodec.encode(decoded, sample.type()), "re-encoding is stable");
    }

    @Test
    void specObjectExampleIsByteExact() throws CodecException {
        byte[] spec = Hex.bytes("83 a5 63 6f 75 6e 74 03 a2 69 64 d4 00 00 a4 6e 61 6d 65 a1 78");
        Value value = Value.object(COUNT_ID_NAME, Map.of("count", Value.number(3),
                "id", Value.unknown(Type.STRING), "name", Value.string("x")));
        assertEquals(Hex.of(spec), Hex.of(MsgPackCodec.encode(value, COUNT_ID_NAME)));
        assertEquals(value, MsgPackCodec.decode(spec, COUNT_ID_NAME));
    }

    @Test
    void objectKeysMayComeInAnyOrder() throws CodecException {
        byte[] shuffled = Hex.bytes("83 a4 6e 61 6d 65 a1 78 a5 63 6f 75 6e 74 03 a2 69 64 c0");
        Value value = MsgPackCodec.decode(shuffled, COUNT_ID_NAME);
        assertEquals(Value.nullOf(Type.STRING), value.attr("id"));
        assertEquals(Value.number(3), value.attr("count"));
    }

    @Test
    void specRefinedUnknownDecodes() throws CodecException {
        Value value = MsgPackCodec.decode(Hex.bytes("c7 07 0c 82 01 c2 02 a2 61 62"), Type.STRING);
        assertEquals(Value.unknown(Type.STRING), value);
        assertEquals(Optional.of(new Refinements(Boolean.TRUE, "ab", null, null, null, null)), value.refinements());
        assertEquals("d4 00 00", Hex.of(MsgPackCodec.encode(value, Type.STRING)), "refinements are not sent back");
    }

    @Test
    void numberAndLengthRefinementsDecode() throws CodecException {
        // {3: [1, true], 4: ["10.5", false]}
        Value number = MsgPackCodec.decode(Hex.bytes("c7 0d 0c 82 03 92 01 c3 04 92 a4 31 30 2e 35 c2"), Type.NUMBER);
        Refinements r = number.refinements().orElseThrow();
        assertEquals(new Refinements.Bound(BigDecimal.ONE, true), r.numberLower());
        assertEquals(0, new BigDecimal("10.5").compareTo(r.numberUpper().value()));
        assertEquals(false, r.numberUpper().inclusive());
        // {5: 1, 6: 3, 99: "ignored"}
        Value list = MsgPackCodec.decode(Hex.bytes("c7 0e 0c 83 05 01 06 03 63 a7 69 67 6e 6f 72 65 64"),
                Type.list(Type.STRING));
        assertEquals(new Refinements(null, null, null, null, 1L, 3L), list.refinements().orElseThrow());
    }

    @Test
    void infiniteBoundsAndInapplicableRefinementsAreDropped() throws CodecException {
        // number: {3: [-inf, true]}; string: {5: 2}
        Value number = MsgPackCodec.decode(Hex.bytes("c7 0d 0c 81 03 92 cb ff f0 00 00 00 00 00 00 c3"), Type.NUMBER);
        assertEquals(Optional.empty(), number.refinements());
        Value string = MsgPackCodec.decode(Hex.bytes("c7 03 0c 81 05 02"), Type.STRING);
        assertEquals(Optional.empty(), string.refinements());
    }

    @Test
    void definitelyNullRefinementIsANull() throws CodecException {
        assertEquals(Value.nullOf(Type.STRING), MsgPackCodec.decode(Hex.bytes("c7 03 0c 81 01 c3"), Type.STRING));
    }

    @Test
    void anyExtensionTypeIsUnknown() throws CodecException {
        assertEquals(Value.unknown(Type.STRING), MsgPackCodec.decode(Hex.bytes("d4 00 00"), Type.STRING));
        assertEquals(Value.unknown(Type.NUMBER), MsgPackCodec.decode(Hex.bytes("d6 05 01 02 03 04"), Type.NUMBER));
        assertEquals(Value.unknown(Type.BOOL), MsgPackCodec.decode(Hex.bytes("c7 00 0c"), Type.BOOL));
        assertEquals(Value.unknown(Type.DYNAMIC), MsgPackCodec.decode(Hex.bytes("c7 03 0c 81 01 c2"), Type.DYNAMIC));
    }

    @Test
    void specDynamicExampleIsByteExact() throws CodecException {
        byte[] spec = Hex.bytes("92 c4 08 22 73 74 72 69 6e 67 22 a5 68 65 6c 6c 6f");
        assertEquals(Hex.of(spec), Hex.of(MsgPackCodec.encode(Value.string("hello"), Type.DYNAMIC)));
        assertEquals(Value.string("hello"), MsgPackCodec.decode(spec, Type.DYNAMIC));
        byte[] typeAsStr = Hex.bytes("92 a8 22 73 74 72 69 6e 67 22 a5 68 65 6c 6c 6f");
        assertEquals(Value.string("hello"), MsgPackCodec.decode(typeAsStr, Type.DYNAMIC));
    }

    @Test
    void dynamicNullsAndUnknowns() throws CodecException {
        assertEquals("c0", Hex.of(MsgPackCodec.encode(Value.nullOf(Type.DYNAMIC), Type.DYNAMIC)));
        assertEquals("d4 00 00", Hex.of(MsgPackCodec.encode(Value.unknown(Type.DYNAMIC), Type.DYNAMIC)));
        assertEquals(Value.nullOf(Type.DYNAMIC), MsgPackCodec.decode(Hex.bytes("c0"), Type.DYNAMIC));
        // A typed null or unknown keeps its type, wrapped as cty does.
        assertEquals("92 c4 08 22 73 74 72 69 6e 67 22 c0",
                Hex.of(MsgPackCodec.encode(Value.nullOf(Type.STRING), Type.DYNAMIC)));
        assertEquals("92 c4 08 22 6e 75 6d 62 65 72 22 d4 00 00",
                Hex.of(MsgPackCodec.encode(Value.unknown(Type.NUMBER), Type.DYNAMIC)));
    }

    @Test
    void emptyCollectionsAreEmptyNotNil() {
        assertEquals("90", Hex.of(MsgPackCodec.encode(Value.list(Type.STRING, List.of()), Type.list(Type.STRING))));
        assertEquals("80", Hex.of(MsgPackCodec.encode(Value.map(Type.STRING, Map.of()), Type.map(Type.STRING))));
        assertEquals("c0", Hex.of(MsgPackCodec.encode(Value.nullOf(Type.list(Type.STRING)), Type.list(Type.STRING))));
    }

    @Test
    void setDuplicatesCollapseOnDecode() throws CodecException {
        Value set = MsgPackCodec.decode(Hex.bytes("93 a1 61 a1 62 a1 61"), Type.set(Type.STRING));
        assertEquals(2, set.elements().size());
        assertEquals(Value.set(Type.STRING, List.of(Value.string("b"), Value.string("a"))), set);
    }

    @Test
    void numbersTakeTheFormTerraformWrites() {
        assertEncodes("00", "0");
        assertEncodes("ff", "-1");
        assertEncodes("cc c8", "200");
        assertEncodes("d0 80", "-128");
        assertEncodes("cf 7f ff ff ff ff ff ff ff", "9223372036854775807");
        assertEncodes("d3 80 00 00 00 00 00 00 00", "-9223372036854775808");
        assertEncodes("b3 39 32 32 33 33 37 32 30 33 36 38 35 34 37 37 35 38 30 38", "9223372036854775808");
        assertEncodes("b4 31 38 34 34 36 37 34 34 30 37 33 37 30 39 35 35 31 36 31 37", "18446744073709551617");
        assertEncodes("cb 3f e0 00 00 00 00 00 00", "0.5");
        assertEncodes("cb c0 04 00 00 00 00 00 00", "-2.5");
        assertEncodes("a3 30 2e 31", "0.1");
        assertEncodes("03", "3.000");
        assertEncodes("d9 20 " + Hex.of(("0." + "0".repeat(29) + "1").getBytes(StandardCharsets.US_ASCII)), "1e-30");
        byte[] huge = MsgPackCodec.encode(Value.number(new BigDecimal("1e400")), Type.NUMBER);
        assertEquals("da 01 91 31 30 30", Hex.of(huge).substring(0, 17), "str16 of 401 digits");
        assertEquals(3 + 401, huge.length);
    }

    private static void assertEncodes(String hex, String number) {
        assertEquals(hex, Hex.of(MsgPackCodec.encode(Value.number(new BigDecimal(number)), Type.NUMBER)), number);
    }

    @Test
    void everyNumberFormDecodes() throws CodecException {
        assertDecodes("0", "00");
        assertDecodes("127", "7f");
        assertDecodes("-32", "e0");
        assertDecodes("-128", "d0 80");
        assertDecodes("-32768", "d1 80 00");
        assertDecodes("-2147483648", "d2 80 00 00 00");
        assertDecodes("-9223372036854775808", "d3 80 00 00 00 00 00 00 00");
        assertDecodes("255", "cc ff");
        assertDecodes("65535", "cd ff ff");
        assertDecodes("4294967295", "ce ff ff ff ff");
        assertDecodes("18446744073709551615", "cf ff ff ff ff ff ff ff ff");
        assertDecodes("1.5", "ca 3f c0 00 00");
        assertDecodes("0.5", "cb 3f e0 00 00 00 00 00 00");
        assertDecodes("0.1000000000000000055511151231257827021181583404541015625", "cb 3f b9 99 99 99 99 99 9a");
        assertDecodes("0", "cb 80 00 00 00 00 00 00 00");
        assertDecodes("12.5", "a4 31 32 2e 35");
        assertDecodes("1000", "a3 31 65 33");
        assertDecodes("0", "a2 2d 30");
        assertDecodes("1" + "0".repeat(400), "a5 31 65 34 30 30");
    }

    private static void assertDecodes(String expected, String hex) throws CodecException {
        assertEquals(Value.number(new BigDecimal(expected)), MsgPackCodec.decode(Hex.bytes(hex), Type.NUMBER), hex);
    }

    @Test
    void negativeZeroBecomesZero() throws CodecException {
        Value zero = MsgPackCodec.decode(Hex.bytes("cb 80 00 00 00 00 00 00 00"), Type.NUMBER);
        assertEquals("00", Hex.of(MsgPackCodec.encode(zero, Type.NUMBER)));
    }

    @Test
    void nonFiniteNumbersAreRejectedClearly() {
        CodecException inf = assertThrows(CodecException.class,
                () -> MsgPackCodec.decode(Hex.bytes("cb 7f f0 00 00 00 00 00 00"), Type.NUMBER));
        assertEquals("infinite numbers are not supported", inf.getMessage());
        assertThrows(CodecException.class, () -> MsgPackCodec.decode(Hex.bytes("cb 7f f8 00 00 00 00 00 00"), Type.NUMBER));
        CodecException deep = assertThrows(CodecException.class, () -> MsgPackCodec.decode(
                Hex.bytes("81 a1 61 ca ff 80 00 00"), Type.object(Map.of("a", Type.NUMBER))));
        assertEquals("at a: infinite numbers are not supported", deep.getMessage());
    }

    @Test
    void objectMismatchesNameTheAttributes() {
        CodecException missing = assertThrows(CodecException.class,
                () -> MsgPackCodec.decode(Hex.bytes("81 a5 63 6f 75 6e 74 03"), COUNT_ID_NAME));
        assertEquals("missing attributes \"id\", \"name\": an object with 3 attributes is required (1 given)",
                missing.getMessage());
        CodecException extra = assertThrows(CodecException.class,
                () -> MsgPackCodec.decode(Hex.bytes("81 a4 7a 6f 6e 65 03"), COUNT_ID_NAME));
        assertEquals("unsupported attribute \"zone\"", extra.getMessage());
    }

    @Test
    void typeErrorsNameThePath() {
        ObjectType primary = Type.object(Map.of("primary", Type.object(Map.of("instance_id", Type.STRING))));
        CodecException e = assertThrows(CodecException.class, () -> MsgPackCodec.decode(
                Hex.bytes("81 a7 70 72 69 6d 61 72 79 81 ab 69 6e 73 74 61 6e 63 65 5f 69 64 07"), primary));
        assertEquals("at primary.instance_id: a string is required, got an integer", e.getMessage());
        assertEquals("primary.instance_id", e.path().toString());
        assertEquals("a string is required, got an integer", e.detail());
    }

    @Test
    void marksNeverReachTheWire() {
        Value plain = Value.list(Type.STRING, List.of(Value.string("pw")));
        Value marked = Value.list(Type.STRING, List.of(Value.string("pw").sensitive())).sensitive();
        assertArrayEquals(MsgPackCodec.encode(plain, Type.list(Type.STRING)),
                MsgPackCodec.encode(marked, Type.list(Type.STRING)));
    }

    @Test
    void valuesOfAnotherTypeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MsgPackCodec.encode(Value.list(Type.STRING, List.of()), Type.list(Type.NUMBER)));
        assertEquals("a value of type list(string) cannot be encoded as list(number)", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MsgPackCodec.encode(Value.nullOf(Type.DYNAMIC), Type.STRING));
    }
}
