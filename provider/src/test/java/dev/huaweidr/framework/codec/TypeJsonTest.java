package dev.huaweidr.framework.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.value.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeJsonTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(Type.STRING, "\"string\""),
                Arguments.of(Type.NUMBER, "\"number\""),
                Arguments.of(Type.BOOL, "\"bool\""),
                Arguments.of(Type.DYNAMIC, "\"dynamic\""),
                Arguments.of(Type.list(Type.STRING), "[\"list\",\"string\"]"),
                Arguments.of(Type.set(Type.map(Type.BOOL)), "[\"set\",[\"map\",\"bool\"]]"),
                Arguments.of(Type.object(Map.of("z", Type.NUMBER, "a", Type.list(Type.DYNAMIC))),
                        "[\"object\",{\"a\":[\"list\",\"dynamic\"],\"z\":\"number\"}]"),
                Arguments.of(Type.object(Map.of("b", Type.STRING, "a", Type.STRING), Set.of("b")),
                        "[\"object\",{\"a\":\"string\",\"b\":\"string\"},[\"b\"]]"),
                Arguments.of(Type.object(Map.of()), "[\"object\",{}]"),
                Arguments.of(Type.tuple(List.of(Type.STRING, Type.tuple(List.of()))), "[\"tuple\",[\"string\",[\"tuple\",[]]]]"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void encodesCompactlyAndDecodesBack(Type type, String json) throws CodecException {
        assertEquals(json, new String(TypeJson.encode(type), StandardCharsets.UTF_8));
        assertEquals(type, TypeJson.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsWhitespace() throws CodecException {
        assertEquals(Type.map(Type.object(Map.of("a", Type.STRING))),
                decode(" [ \"map\" ,\n [\"object\", { \"a\" : \"string\" } ] ] "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"str\"", "\"any\"", "[\"list\"]", "[\"list\",\"string\",\"x\"]", "[\"foo\",\"string\"]",
            "[\"object\",{\"a\":\"string\"},[\"a\"],1]", "[\"object\",[\"a\"]]", "[\"tuple\",\"string\"]", "[]", "{}",
            "42", "[\"object\",{\"a\":\"string\"},[1]]"})
    void rejectsInvalidTypes(String json) {
        CodecException e = assertThrows(CodecException.class, () -> decode(json));
        assertTrue(e.getMessage().startsWith("invalid type"), e.getMessage());
    }

    @Test
    void rejectsOptionalNamesThatAreNotAttributes() {
        CodecException e = assertThrows(CodecException.class, () -> decode("[\"object\",{\"a\":\"string\"},[\"b\"]]"));
        assertEquals("invalid type: an optional attribute is not an attribute", e.getMessage());
    }

    @Test
    void rejectsMalformedJson() {
        assertEquals("JSON input ends too early",
                assertThrows(CodecException.class, () -> decode("")).getMessage());
        assertEquals("unexpected content after the JSON value",
                assertThrows(CodecException.class, () -> decode("\"string\" \"number\"")).getMessage());
        assertEquals("duplicate key in a JSON object at line 1, column 28",
                assertThrows(CodecException.class, () -> decode("[\"object\",{\"a\":\"string\",\"a\":\"bool\"}]"))
                        .getMessage());
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "[\"list\",".repeat(70) + "\"string\"" + "]".repeat(70);
        assertEquals("type nested more than 64 levels deep",
                assertThrows(CodecException.class, () -> decode(deep)).getMessage());
    }

    private static Type decode(String json) throws CodecException {
        return TypeJson.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
