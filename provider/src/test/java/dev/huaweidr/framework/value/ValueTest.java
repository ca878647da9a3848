package dev.huaweidr.framework.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTest {
    private static final ObjectType PERSON = Type.object(Map.of("name", Type.STRING, "age", Type.NUMBER));

    @Test
    void setsIgnoreOrderAndCollapseDuplicates() {
        Value ab = Value.set(Type.STRING, List.of(Value.string("a"), Value.string("b"), Value.string("a")));
        Value ba = Value.set(Type.STRING, List.of(Value.string("b"), Value.string("a")));
        assertEquals(2, ab.elements().size());
        assertEquals(ab, ba);
        assertEquals(ab.hashCode(), ba.hashCode());
        assertNotEquals(ab, Value.list(Type.STRING, List.of(Value.string("a"), Value.string("b"))));
        assertNotEquals(ab, Value.set(Type.STRING, List.of(Value.string("a"))));
    }

    @Test
    void numbersCompareNumerically() {
        assertEquals(Value.number(1), Value.number(new BigDecimal("1.0")));
        assertEquals(Value.number(1).hashCode(), Value.number(new BigDecimal("1.000")).hashCode());
        assertEquals(Value.number(100), Value.number(new BigDecimal("1E+2")));
        assertEquals(Value.number(0), Value.number(new BigDecimal("-0.00")));
        assertNotEquals(Value.number(1), Value.number(new BigDecimal("1.0000000000000000000001")));
        assertEquals(0, new BigDecimal("2.5").compareTo(Value.number(new BigDecimal("2.50")).asNumber()));
    }

    @Test
    void absurdNumbersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Value.number(new BigDecimal("1e999999999")));
        assertThrows(IllegalArgumentException.class, () -> Value.number(new BigDecimal("1e-1001")));
        assertEquals("1" + "0".repeat(400), Value.number(new BigDecimal("1e400")).asNumber().toPlainString());
    }

    @Test
    void stringsAreNormalisedToNfc() {
        assertEquals(Value.string("\u00e9"), Value.string("e\u0301"));
        assertEquals("\u00e9", Value.string("e\u0301").asString());
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() {
        assertEquals("x\uFFFDy\uFFFD", Value.string("x\uD800y\uDC00").asString());
        assertEquals("\uD83D\uDE00", Value.string("\uD83D\uDE00").asString());
    }

    @Test
    void objectsNeedExactlyTheirAttributes() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Value.object(PERSON, Map.of("name", Value.string("x"))));
        assertTrue(missing.getMessage().contains("missing [age]"), missing.getMessage());
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class, () -> Value.object(PERSON,
                Map.of("name", Value.string("x"), "age", Value.number(1), "shoe", Value.number(9))));
        assertTrue(extra.getMessage().contains("unsupported [shoe]"), extra.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Value.object(PERSON, Map.of("name", Value.number(1), "age", Value.number(1))));
    }

    @Test
    void elementsMustFitTheirType() {
        assertThrows(IllegalArgumentException.class, () -> Value.list(Type.STRING, List.of(Value.number(1))));
        assertThrows(IllegalArgumentException.class, () -> Value.map(Type.STRING, Map.of("a", Value.bool(true))));
        TupleType pair = Type.tuple(List.of(Type.STRING, Type.NUMBER));
        assertThrows(IllegalArgumentException.class, () -> Value.tuple(pair, List.of(Value.string("a"))));
        assertThrows(IllegalArgumentException.class,
                () -> Value.list(Type.STRING, List.of(Value.nullOf(Type.DYNAMIC))));
    }

    @Test
    void dynamicPositionsHoldConcreteValues() {
        ObjectType holder = Type.object(Map.of("any", Type.DYNAMIC));
        Value held = Value.object(holder, Map.of("any", Value.string("x")));
        assertEquals(Type.STRING, held.attr("any").type());
        assertEquals(holder, held.type());
        Value mixed = Value.list(Type.DYNAMIC, List.of(Value.number(1), Value.string("a"), Value.nullOf(Type.DYNAMIC)));
        assertEquals(Type.list(Type.DYNAMIC), mixed.type());
    }

    @Test
    void knownnessIsTrackedAtEveryDepth() {
        Value deep = Value.list(Type.list(Type.STRING),
                List.of(Value.list(Type.STRING, List.of(Value.unknown(Type.STRING)))));
        assertTrue(deep.isKnown());
        assertFalse(deep.isWhollyKnown());
        assertTrue(Value.nullOf(Type.STRING).isWhollyKnown());
        assertTrue(Value.nullOf(Type.STRING).isNull());
        assertFalse(Value.unknown(Type.STRING).isNull());
        assertFalse(Value.unknown(Type.STRING).isKnown());
    }

    @Test
    void unknownsCompareByTypeOnly() {
        Refinements notNull = new Refinements(Boolean.TRUE, "ab", null, null, null, null);
        assertEquals(Value.unknown(Type.STRING), Value.unknown(Type.STRING, notNull));
        assertEquals(Optional.of(notNull), Value.unknown(Type.STRING, notNull).refinements());
        assertEquals(Optional.empty(), Value.unknown(Type.STRING,
                new Refinements(null, null, null, null, null, null)).refinements());
        assertNotEquals(Value.unknown(Type.STRING), Value.unknown(Type.NUMBER));
        assertNotEquals(Value.unknown(Type.STRING), Value.nullOf(Type.STRING));
    }

    @Test
    void accessorsRefuseTheWrongKindOfValue() {
        assertThrows(IllegalStateException.class, () -> Value.number(1).asString());
        assertThrows(IllegalStateException.class, () -> Value.nullOf(Type.STRING).asString());
        assertThrows(IllegalStateException.class, () -> Value.unknown(Type.BOOL).asBool());
        assertThrows(IllegalStateException.class, () -> Value.string("x").elements());
        assertThrows(IllegalStateException.class, () -> Value.list(Type.STRING, List.of()).entries());
        assertThrows(IllegalArgumentException.class, () -> person("a", 1).attr("shoe"));
    }

    @Test
    void withAttrCopiesTheObject() {
        Value before = person("ann", 30);
        Value after = before.withAttr("age", Value.number(31));
        assertEquals(Value.number(30), before.attr("age"));
        assertEquals(Value.number(31), after.attr("age"));
        assertEquals(Value.string("ann"), after.attr("name"));
        assertThrows(IllegalArgumentException.class, () -> before.withAttr("age", Value.string("old")));
        assertThrows(IllegalArgumentException.class, () -> before.withAttr("shoe", Value.number(1)));
    }

    @Test
    void sensitivityIsAMarkOutsideEquality() {
        Value secret = Value.string("hunter2").sensitive();
        assertTrue(secret.isSensitive());
        assertEquals(Value.string("hunter2"), secret);
        assertEquals("hunter2", secret.asString());
    }

    @Test
    void toStringNeverRevealsASensitiveValue() {
        ObjectType login = Type.object(Map.of("user", Type.STRING, "password", Type.STRING,
                "tokens", Type.list(Type.STRING), "extra", Type.map(Type.STRING)));
        Value value = Value.object(login, Map.of(
                "user", Value.string("ann"),
                "password", Value.string("hunter2").sensitive(),
                "tokens", Value.list(Type.STRING, List.of(Value.string("public"), Value.string("tok-9").sensitive())),
                "extra", Value.map(Type.STRING, Map.of("k", Value.string("deep-secret"))).sensitive()));
        String text = value.toString();
        assertEquals("{extra = (sensitive), password = (sensitive), tokens = [\"public\", (sensitive)], user = \"ann\"}",
                text);
        assertEquals("(sensitive)", value.sensitive().toString());
        // Taking a part out of a sensitive whole keeps it sensitive.
        assertEquals("(sensitive)", value.at(AttributePath.root().attr("extra").key("k")).toString());
        assertEquals("(sensitive)", value.attr("extra").entries().get("k").toString());
        assertEquals("(sensitive)", value.sensitive().attr("user").toString());
        assertEquals("(sensitive)", value.sensitive().attr("tokens").elements().get(0).toString());
    }

    @Test
    void rendersLikeTerraform() {
        Value value = Value.object(Type.object(Map.of("s", Type.set(Type.NUMBER), "m", Type.map(Type.BOOL),
                        "u", Type.STRING, "n", Type.STRING, "q", Type.STRING)),
                Map.of("s", Value.set(Type.NUMBER, List.of(Value.number(new BigDecimal("0.50")))),
                        "m", Value.map(Type.BOOL, Map.of("a b", Value.bool(true))),
                        "u", Value.unknown(Type.STRING),
                        "n", Value.nullOf(Type.STRING),
                        "q", Value.string("say \"hi\"\n")));
        assertEquals("{m = tomap({\"a b\" = true}), n = null, q = \"say \\\"hi\\\"\\n\", s = toset([0.5]),"
                + " u = (known after apply)}", value.toString());
    }

    static Value person(String name, long age) {
        return Value.object(PERSON, Map.of("name", Value.string(name), "age", Value.number(age)));
    }
}
