package dev.huaweidr.framework.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonCodecTest {
    private static final ObjectType STATE = Type.object(Map.of("id", Type.STRING, "size", Type.NUMBER,
            "tags", Type.map(Type.STRING), "on", Type.BOOL));

    static Stream<Samples.Sample> samples() {
        return Stream.concat(Samples.all().stream(),
                Samples.withEachPositionReplaced("null", v -> Value.nullOf(v.type())).stream());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTrips(Samples.Sample sample) throws CodecException {
        byte[] json = JsonCodec.encode(sample.value(), sample.type());
        assertEquals(sample.value(), JsonCodec.decode(json, sample.type()));
    }

    @Test
    void writesCtyJson() {
        Value state = Value.object(STATE, Map.of("id", Value.string("i-1"), "size", Value.number(new BigDecimal("2.50")),
                "tags", Value.map(Type.STRING, Map.of("b", Value.string("2"), "a", Value.string("1"))),
                "on", Value.nullOf(Type.BOOL)));
        assertEquals("{\"id\":\"i-1\",\"on\":null,\"size\":2.5,\"tags\":{\"a\":\"1\",\"b\":\"2\"}}", json(state, STATE));
        assertEquals("{\"value\":\"hello\",\"type\":\"string\"}", json(Value.string("hello"), Type.DYNAMIC));
        assertEquals("{\"value\":null,\"type\":\"number\"}", json(Value.nullOf(Type.NUMBER), Type.DYNAMIC));
        assertEquals("null", json(Value.nullOf(Type.DYNAMIC), Type.DYNAMIC));
    }

    @Test
    void numbersKeepEveryDigit() throws CodecException {
        String precise = "123456789012345678901234567890.000000000000000000000000000001";
        Value n = Value.number(new BigDecimal(precise));
        assertEquals(precise, json(n, Type.NUMBER));
        assertEquals(n, JsonCodec.decode(precise.getBytes(StandardCharsets.UTF_8), Type.NUMBER));
        assertEquals("0.1", json(Value.number(new BigDecimal("0.1")), Type.NUMBER));
        assertEquals("0." + "0".repeat(29) + "1", json(Value.number(new BigDecimal("1e-30")), Type.NUMBER));
        assertEquals(Value.number(new BigDecimal("1e21")), decode("1e21", Type.NUMBER));
        assertEquals(Value.number(0), decode("-0.0", Type.NUMBER));
    }

    @Test
    void missingAttributesAreNullButExtraOnesFail() throws CodecException {
        Value state = decode("{\"id\":\"i-1\"}", STATE);
        assertEquals(Value.string("i-1"), state.attr("id"));
        assertEquals(Value.nullOf(Type.map(Type.STRING)), state.attr("tags"));
        CodecException extra = assertThrows(CodecException.class, () -> decode("{\"id\":\"x\",\"zone\":1}", STATE));
        assertEquals("unsupported attribute \"zone\"", extra.getMessage());
    }

    @Test
    void dynamicValuesDecodeInEitherKeyOrder() throws CodecException {
        Value list = Value.list(Type.NUMBER, List.of(Value.number(new BigDecimal("0.30000000000000000001"))));
        assertEquals(list, decode("{\"value\":[0.30000000000000000001],\"type\":[\"list\",\"number\"]}", Type.DYNAMIC));
        assertEquals(list, decode("{\"type\":[\"list\",\"number\"],\"value\":[0.30000000000000000001]}", Type.DYNAMIC));
        assertEquals(Value.nullOf(Type.DYNAMIC), decode("null", Type.DYNAMIC));
        CodecException inner = assertThrows(CodecException.class, () -> decode(
                "{\"a\":{\"value\":{\"x\":1},\"type\":[\"object\",{\"x\":\"bool\"}]}}",
                Type.object(Map.of("a", Type.DYNAMIC))));
        assertEquals("at a.x: a bool is required, got a JSON number", inner.getMessage());
    }

    @Test
    void primitivesConvertAsCtyConvertsThem() throws CodecException {
        assertEquals(Value.number(12), decode("\"12\"", Type.NUMBER));
        assertEquals(Value.string("1.50"), decode("1.50", Type.STRING));
        assertEquals(Value.string("true"), decode("true", Type.STRING));
        assertEquals(Value.bool(false), decode("\"false\"", Type.BOOL));
    }

    @Test
    void unknownsCannotBeWritten() {
        Value state = Value.object(STATE, Map.of("id", Value.unknown(Type.STRING), "size", Value.number(1),
                "tags", Value.nullOf(Type.map(Type.STRING)), "on", Value.bool(true)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonCodec.encode(state, STATE));
        assertEquals("at id: unknown values cannot be encoded as JSON", e.getMessage());
    }

    static Stream<Arguments> malformed() {
        Type deep = Type.STRING;
        for (int i = 0; i < 70; i++) {
            deep = Type.list(deep);
        }
        return Stream.of(
                Arguments.of("", Type.STRING, "no value: the input is empty"),
                Arguments.of("\"a\" \"b\"", Type.STRING, "unexpected content after the JSON value"),
                Arguments.of("[1,", Type.list(Type.NUMBER), "malformed JSON at line 1, column 4"),
                Arguments.of("{\"id\":\"a\",\"id\":\"b\"}", STATE, "duplicate key in a JSON object at line 1, column 15"),
                Arguments.of("{\"k\":1,\"k\":2}", Type.map(Type.NUMBER), "duplicate key in a JSON object at line 1, column 11"),
                Arguments.of("\"secret-looking\"", Type.NUMBER,
                        "a number is required, got a string that is not a decimal number of at most 1000 digits"),
                Arguments.of("tru", Type.BOOL, "malformed JSON at line 1, column 1"),
                Arguments.of("\"yes\"", Type.BOOL, "a bool is required, got a JSON string"),
                Arguments.of("[1]", Type.STRING, "a string is required, got a JSON array"),
                Arguments.of("{}", Type.list(Type.STRING), "a list(string) value is required, got a JSON object"),
                Arguments.of("[1,2,3]", Type.tuple(List.of(Type.NUMBER, Type.NUMBER)),
                        "too many tuple elements (tuple([number,number]) has 2)"),
                Arguments.of("[1]", Type.tuple(List.of(Type.NUMBER, Type.NUMBER)),
                        "not enough tuple elements (tuple([number,number]) has 2)"),
                Arguments.of("1e999999999", Type.NUMBER, "numbers with more than 1000 decimal digits are not supported"),
                Arguments.of("1" + "0".repeat(2500), Type.NUMBER, "JSON nested too deeply or holding an over-long number"),
                Arguments.of("{\"value\":" + "[".repeat(200) + "]".repeat(200) + ",\"type\":\"string\"}", Type.DYNAMIC,
                        "JSON nested too deeply or holding an over-long number"),
                Arguments.of("[".repeat(70) + "]".repeat(70), deep,
                        "at " + "[0]".repeat(65) + ": value nested more than 64 levels deep"),
                Arguments.of("{\"value\":1}", Type.DYNAMIC, "a dynamic value needs both \"value\" and \"type\""),
                Arguments.of("{\"value\":1,\"type\":\"number\",\"x\":1}", Type.DYNAMIC, "invalid key \"x\" in a dynamic value"),
                Arguments.of("\"x\"", Type.DYNAMIC, "a dynamic value must be a {\"value\": ..., \"type\": ...} object, got a JSON string"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void rejectsMalformedInput(String json, Type type, String message) {
        CodecException e = assertThrows(CodecException.class, () -> decode(json, type));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bad = {'"', (byte) 0xc3, '(', '"'};
        CodecException e = assertThrows(CodecException.class, () -> JsonCodec.decode(bad, Type.STRING));
        assertEquals("malformed JSON at line 1, column 4", e.getMessage());
    }

    private static String json(Value value, Type type) {
        return new String(JsonCodec.encode(value, type), StandardCharsets.UTF_8);
    }

    private static Value decode(String json, Type type) throws CodecException {
        return JsonCodec.decode(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
