package dev.huaweidr.framework.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributePathTest {
    private static final AttributePath ROOT = AttributePath.root();

    @Test
    void printsTerraformNotation() {
        assertEquals("primary.instance_id", ROOT.attr("primary").attr("instance_id").toString());
        assertEquals("tags[\"a\"]", ROOT.attr("tags").key("a").toString());
        assertEquals("rules[0].port", ROOT.attr("rules").index(0).attr("port").toString());
        assertEquals("m[\"quote\\\"d\"]", ROOT.attr("m").key("quote\"d").toString());
        assertEquals("s[Value(\"x\")]", ROOT.attr("s").setElement(Value.string("x")).toString());
        assertEquals("s[*].a", ROOT.attr("s").setElement(Value.unknown(Type.STRING)).attr("a").toString());
        assertEquals("s[Value((sensitive))]", ROOT.attr("s").setElement(Value.string("pw").sensitive()).toString());
        assertEquals("", ROOT.toString());
    }

    @Test
    void isImmutableAndValueEqual() {
        AttributePath a = ROOT.attr("a");
        AttributePath ab = a.key("b");
        assertEquals(List.of(new PathStep.AttributeName("a")), a.steps());
        assertEquals(ab, ROOT.attr("a").key("b"));
        assertEquals(ab.hashCode(), ROOT.attr("a").key("b").hashCode());
        assertNotEquals(ab, ROOT.attr("a").attr("b"));
        assertEquals(a, ab.parent());
        assertEquals(new PathStep.ElementKeyString("b"), ab.lastStep());
        assertEquals(ab, AttributePath.of(ab.steps()));
        assertThrows(UnsupportedOperationException.class, () -> ab.steps().add(new PathStep.ElementKeyInt(1)));
        assertThrows(IllegalStateException.class, ROOT::parent);
        assertTrue(ab.startsWith(a));
        assertTrue(ab.startsWith(ROOT));
        assertFalse(a.startsWith(ab));
        assertTrue(ROOT.isRoot());
    }

    @Test
    void addressablePrefixStopsBeforeSetElements() {
        AttributePath inSet = ROOT.attr("rules").setElement(Value.string("x")).attr("port");
        assertEquals(ROOT.attr("rules"), inSet.addressablePrefix());
        AttributePath plain = ROOT.attr("a").index(2);
        assertEquals(plain, plain.addressablePrefix());
    }
}
