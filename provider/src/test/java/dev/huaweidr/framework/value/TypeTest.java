package dev.huaweidr.framework.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeTest {

    @Test
    void printsTerraformTypeSyntax() {
        assertEquals("string", Type.STRING.toString());
        assertEquals("any", Type.DYNAMIC.toString());
        assertEquals("list(string)", Type.list(Type.STRING).toString());
        assertEquals("set(number)", Type.set(Type.NUMBER).toString());
        assertEquals("map(list(bool))", Type.map(Type.list(Type.BOOL)).toString());
        assertEquals("tuple([string,number])", Type.tuple(List.of(Type.STRING, Type.NUMBER)).toString());
        assertEquals("object({a=string,b=optional(number)})",
                Type.object(Map.of("b", Type.NUMBER, "a", Type.STRING), Set.of("b")).toString());
    }

    @Test
    void comparesStructurally() {
        assertEquals(Type.list(Type.STRING), Type.list(Type.STRING));
        assertNotEquals(Type.list(Type.STRING), Type.set(Type.STRING));
        assertEquals(Type.object(Map.of("a", Type.STRING, "b", Type.BOOL)),
                Type.object(Map.of("b", Type.BOOL, "a", Type.STRING)));
        assertEquals(Type.object(Map.of("a", Type.STRING)).hashCode(),
                Type.object(new LinkedHashMap<>(Map.of("a", Type.STRING))).hashCode());
        assertNotEquals(Type.object(Map.of("a", Type.STRING)), Type.object(Map.of("a", Type.STRING), Set.of("a")));
        assertNotEquals(Type.tuple(List.of(Type.STRING)), Type.list(Type.STRING));
    }

    @Test
    void objectAttributesAreSortedAndImmutable() {
        Map<String, Type> attributes = new LinkedHashMap<>();
        attributes.put("zeta", Type.STRING);
        attributes.put("alpha", Type.NUMBER);
        ObjectType type = Type.object(attributes);
        attributes.put("later", Type.BOOL);
        assertEquals(List.of("alpha", "zeta"), List.copyOf(type.attributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> type.attributes().put("x", Type.STRING));
        assertEquals(Type.NUMBER, type.attributeType("alpha"));
        assertThrows(IllegalArgumentException.class, () -> type.attributeType("missing"));
    }

    @Test
    void optionalAttributesMustExist() {
        assertThrows(IllegalArgumentException.class,
                () -> Type.object(Map.of("a", Type.STRING), Set.of("b")));
    }

    @Test
    void predicatesNameTheKind() {
        assertTrue(Type.STRING.isPrimitive());
        assertTrue(Type.DYNAMIC.isDynamic());
        assertTrue(Type.map(Type.STRING).isCollection() && Type.map(Type.STRING).isMap());
        assertTrue(Type.tuple(List.of()).isTuple());
        assertTrue(Type.object(Map.of()).isObject());
    }

    /** The constants must be set whichever class the JVM happens to initialise first. */
    @Test
    void constantsSurviveAnyInitialisationOrder() throws Exception {
        URL classes = Type.class.getProtectionDomain().getCodeSource().getLocation();
        for (String first : List.of("PrimitiveType", "DynamicType", "ListType", "Type")) {
            try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, null)) {
                Class.forName("dev.huaweidr.framework.value." + first, true, fresh);
                Class<?> type = Class.forName("dev.huaweidr.framework.value.Type", true, fresh);
                for (String constant : List.of("STRING", "NUMBER", "BOOL", "DYNAMIC")) {
                    assertNotNull(type.getField(constant).get(null), constant + " after initialising " + first);
                }
            }
        }
    }
}
