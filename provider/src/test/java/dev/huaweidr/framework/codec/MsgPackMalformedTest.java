package dev.huaweidr.framework.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.huaweidr.framework.value.Type;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input ends in a CodecException with a message that says what is wrong. */
class MsgPackMalformedTest {
    private static final Type OBJECT = Type.object(Map.of("a", Type.STRING));

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("empty input", "", Type.STRING, "no value: the input is empty"),
                bad("truncated string", "a5 68 65", Type.STRING, "a declared length exceeds the input"),
                bad("truncated int", "cd 01", Type.NUMBER, "the input ends too early"),
                bad("short array", "92 01", Type.list(Type.NUMBER), "a declared length exceeds the input"),
                bad("truncated array", "92 cd 01 02", Type.list(Type.NUMBER), "at [1]: the input ends too early"),
                bad("wrong primitive", "07", Type.STRING, "a string is required, got an integer"),
                bad("bool as string", "a4 74 72 75 65", Type.BOOL, "a bool is required, got a string"),
                bad("array for map", "90", Type.map(Type.STRING), "a map(string) value is required, got an array"),
                bad("map for object", "91 01", OBJECT, "an object({a=string}) value is required, got an array"),
                bad("never-used byte", "c1", Type.STRING, "malformed msgpack"),
                bad("trailing bytes", "01 02", Type.NUMBER, "unexpected bytes after the value"),
                bad("invalid UTF-8", "a2 c3 28", Type.STRING, "a string is not valid UTF-8"),
                bad("huge array32", "dd ff ff ff ff", Type.list(Type.STRING), "a declared length exceeds the input"),
                bad("huge map32", "df 7f ff ff ff", Type.map(Type.STRING), "a declared length exceeds the input"),
                bad("huge str32", "db 7f ff ff ff 61", Type.STRING, "a declared length exceeds the input"),
                bad("huge ext32", "c9 7f ff ff ff 0c 80", Type.STRING, "a declared length exceeds the input"),
                bad("huge bin32 type", "92 c6 7f ff ff ff 22", Type.DYNAMIC, "a declared length exceeds the input"),
                bad("oversize refinements", "c8 04 01 0c" + " 80".repeat(1025), Type.STRING,
                        "unknown value refinements larger than 1024 bytes"),
                bad("refinements not a map", "c7 02 0c 91 01", Type.STRING,
                        "unknown value refinements must be a msgpack map"),
                bad("refinement key not int", "c7 03 0c 81 a0 c2", Type.STRING,
                        "unknown value refinement keys must be integers"),
                bad("truncated refinements", "c7 02 0c 82 01", Type.STRING, "malformed unknown value refinements"),
                bad("refinement bound malformed", "c7 03 0c 81 03 c3", Type.NUMBER,
                        "malformed unknown value refinements"),
                bad("non-string object key", "81 01 a1 61", OBJECT, "object attribute keys must be strings, got an integer"),
                bad("duplicate attribute", "82 a1 61 a1 78 a1 61 a1 79", OBJECT, "duplicate attribute \"a\""),
                bad("duplicate map key", "82 a1 6b 01 a1 6b 02", Type.map(Type.NUMBER), "duplicate map key \"k\""),
                bad("key with control chars", "81 a2 0a 62 01", OBJECT, "unsupported attribute \"\\u000ab\""),
                bad("tuple too short", "91 01", Type.tuple(java.util.List.of(Type.NUMBER, Type.NUMBER)),
                        "a tuple of 2 elements is required (1 given)"),
                bad("number text", "a3 61 62 63", Type.NUMBER,
                        "a number is required, got a string that is not a decimal number of at most 1000 digits"),
                bad("number too large", "ab 31 65 39 39 39 39 39 39 39 39 39", Type.NUMBER,
                        "numbers with more than 1000 decimal digits are not supported"),
                bad("number as bool", "c3", Type.NUMBER, "a number is required, got a bool"),
                bad("NaN", "cb 7f f8 00 00 00 00 00 00", Type.NUMBER, "a number is required, got NaN"),
                bad("dynamic not an array", "a1 61", Type.DYNAMIC, "a dynamic value must be a [type, value] array, got a string"),
                bad("dynamic of three", "93 c4 01 22 01 02", Type.DYNAMIC,
                        "a dynamic value must be a [type, value] array, got an array of another length"),
                bad("dynamic type not bytes", "92 01 01", Type.DYNAMIC,
                        "the type of a dynamic value must be JSON in bin or str, got an integer"),
                bad("dynamic type invalid", "92 c4 05 22 73 74 72 22 a1 61", Type.DYNAMIC,
                        "dynamic value: invalid type: expected \"string\", \"number\", \"bool\", \"dynamic\","
                                + " or [\"list\"|\"set\"|\"map\", T], [\"object\", {...}], [\"tuple\", [...]]"),
                bad("dynamic type not JSON", "92 c4 02 7b 7d a1 61", Type.DYNAMIC,
                        "dynamic value: invalid type: expected \"string\", \"number\", \"bool\", \"dynamic\","
                                + " or [\"list\"|\"set\"|\"map\", T], [\"object\", {...}], [\"tuple\", [...]]"),
                bad("dynamic value mismatch", "92 c4 08 22 73 74 72 69 6e 67 22 01", Type.DYNAMIC,
                        "a string is required, got an integer"),
                bad("values nested too deep", "91".repeat(70) + "c0", deepList(70),
                        "at " + "[0]".repeat(65) + ": value nested more than 64 levels deep"),
                bad("dynamic nested too deep", "92 c4 09 22 64 79 6e 61 6d 69 63 22".repeat(70) + " c0", Type.DYNAMIC,
                        "value nested more than 64 levels deep"));
    }

    private static Type deepList(int depth) {
        Type type = Type.STRING;
        for (int i = 0; i < depth; i++) {
            type = Type.list(type);
        }
        return type;
    }

    private static Arguments bad(String name, String hex, Type type, String message) {
        return Arguments.of(name, hex, type, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejects(String name, String hex, Type type, String message) {
        CodecException e = assertThrows(CodecException.class, () -> MsgPackCodec.decode(Hex.bytes(hex), type));
        assertEquals(message, e.getMessage());
    }
}
