package dev.huaweidr.framework.model;

import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.framework.TestValues.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records as resources use them for configuration, plan and state values. */
class ModelsTest {
    record Settings(String mode, Long level) {
    }

    record Everything(String name, Boolean enabled, Long count, Integer port, BigDecimal ratio,
            List<String> labels, Set<String> zones, Map<String, String> tags, Settings settings,
            List<Settings> rules, Map<String, Settings> peers, Value payload, String instanceId) {
    }

    private static final ObjectType SETTINGS = Type.object(Map.of("mode", Type.STRING, "level", Type.NUMBER));
    private static final ObjectType EVERYTHING = Type.object(new LinkedHashMap<>(Map.ofEntries(
            Map.entry("name", Type.STRING),
            Map.entry("enabled", Type.BOOL),
            Map.entry("count", Type.NUMBER),
            Map.entry("port", Type.NUMBER),
            Map.entry("ratio", Type.NUMBER),
            Map.entry("labels", Type.list(Type.STRING)),
            Map.entry("zones", Type.set(Type.STRING)),
            Map.entry("tags", Type.map(Type.STRING)),
            Map.entry("settings", SETTINGS),
            Map.entry("rules", Type.list(SETTINGS)),
            Map.entry("peers", Type.map(SETTINGS)),
            Map.entry("payload", Type.DYNAMIC),
            Map.entry("instance_id", Type.STRING))));

    private static final Everything FULL = new Everything("alpha", true, Long.MAX_VALUE, 6379,
            new BigDecimal("12345678901234567890.123456789"), List.of("b", "a"), Set.of("z1", "z2"),
            Map.of("team", "dr"), new Settings("fast", 3L), List.of(new Settings("a", 1L), new Settings("b", null)),
            Map.of("east", new Settings("safe", 2L)), Value.number(new BigDecimal("1.5")), "i-1");

    @Test
    void everySupportedComponentTypeRoundTrips() {
        Value value = Models.write(FULL, EVERYTHING);
        assertEquals(FULL, Models.read(value, Everything.class));
        assertEquals(str("i-1"), value.attr("instance_id"), "camelCase components are snake_case attributes");
        assertEquals(Value.number(Long.MAX_VALUE), value.attr("count"));
        assertEquals(new BigDecimal("12345678901234567890.123456789"), value.attr("ratio").asNumber());
        assertEquals(str("fast"), value.attr("settings").attr("mode"));
        assertTrue(value.attr("rules").elements().get(1).attr("level").isNull());
        assertEquals(List.of(str("b"), str("a")), value.attr("labels").elements(), "list order is kept");
    }

    @Test
    void nullAndUnknownBothReadAsJavaNullExceptInValueComponents() {
        Value value = with(object(EVERYTHING), "name", Value.unknown(Type.STRING), "payload",
                Value.unknown(Type.DYNAMIC), "settings", object(SETTINGS, "mode", Value.unknown(Type.STRING)),
                "labels", Value.unknown(Type.list(Type.STRING)));
        Everything read = Models.read(value, Everything.class);
        assertNull(read.name());
        assertNull(read.count());
        assertNull(read.labels());
        assertNull(read.settings().mode());
        assertFalse(read.payload().isKnown(), "a Value component tells unknown from null");
        assertNull(Models.read(Value.nullOf(EVERYTHING), Everything.class));
        assertNull(Models.read(Value.unknown(EVERYTHING), Everything.class));
    }

    @Test
    void javaNullWritesNull() {
        Everything empty = new Everything(null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(object(EVERYTHING), Models.write(empty, EVERYTHING));
        assertEquals(Value.nullOf(EVERYTHING), Models.write(null, EVERYTHING));
    }

    @Test
    void nullElementsInsideCollectionsSurvive() {
        Value labels = Value.list(Type.STRING, List.of(str("a"), Value.nullOf(Type.STRING)));
        Value tags = Value.map(Type.STRING, Map.of("k", Value.nullOf(Type.STRING)));
        Value value = with(object(EVERYTHING), "labels", labels, "tags", tags);
        Everything read = Models.read(value, Everything.class);
        assertEquals(Arrays.asList("a", null), read.labels());
        assertTrue(read.tags().containsKey("k"));
        assertEquals(value, Models.write(read, EVERYTHING));
    }

    @Test
    void anAttributeWithoutComponentIsAClearError() {
        record Partial(String name) {
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Models.write(new Partial("x"), EVERYTHING));
        assertTrue(e.getMessage().contains("Partial") && e.getMessage().contains("enabled"), e.getMessage());
    }

    @Test
    void aComponentWithoutAttributeIsAClearError() {
        record Extra(String name, String shoeSize) {
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Models.read(object(EVERYTHING, "name", str("x")), Extra.class));
        assertTrue(e.getMessage().contains("Extra") && e.getMessage().contains("shoe_size"), e.getMessage());
    }

    @Test
    void aValueThatDoesNotFitItsComponentIsAClearError() {
        record Wrong(Long name) {
        }
        IllegalStateException type = assertThrows(IllegalStateException.class,
                () -> Models.read(object(EVERYTHING, "name", str("secret-ish")), Wrong.class));
        assertTrue(type.getMessage().contains("name"), type.getMessage());
        assertFalse(type.getMessage().contains("secret-ish"), "values are never quoted");
        IllegalStateException fraction = assertThrows(IllegalStateException.class,
                () -> Models.read(object(EVERYTHING, "count", Value.number(new BigDecimal("1.5"))), Everything.class));
        assertTrue(fraction.getMessage().contains("count"), fraction.getMessage());
    }

    @Test
    void aValueComponentIsWrittenAsItIs() {
        Value payload = Value.unknown(Type.DYNAMIC);
        Everything withUnknown = new Everything(null, null, null, null, null, null, null, null, null, null, null,
                payload, null);
        assertSame(payload, Models.write(withUnknown, EVERYTHING).attr("payload"));
    }
}
