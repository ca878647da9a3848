package dev.huaweidr.framework.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A resource's timeouts: what the block documents is what its operations wait. */
class TimeoutsTest {
    private static final Timeouts TIMEOUTS = Timeouts.readingAtMost(Duration.ofMinutes(5))
            .create(Duration.ofMinutes(60))
            .delete(Duration.ofMinutes(30));
    private static final Block RESOURCE = Block.of(Attribute.string("id").computed()).withBlocks(TIMEOUTS.block());

    @Test
    void theBlockDocumentsEachDefaultAndTheReadBound() {
        NestedBlock block = TIMEOUTS.block();
        assertEquals("timeouts", block.typeName());
        assertTrue(block.block().attribute("create").orElseThrow().description().contains("Defaults to `1h0m0s`"));
        assertTrue(block.block().attribute("delete").orElseThrow().description().contains("Defaults to `30m0s`"));
        assertTrue(block.block().attribute("update").isEmpty(), "only declared operations are configurable");
        assertTrue(block.block().description().contains("at most `5m0s`"));
    }

    @Test
    void anOperationWaitsWhatIsConfiguredElseItsDefault() {
        assertEquals(Duration.ofMinutes(90), TIMEOUTS.of(resource(Value.string("1h30m")), "create"));
        assertEquals(Duration.ofMinutes(60), TIMEOUTS.of(resource(Value.nullOf(Type.STRING)), "create"));
        assertEquals(Duration.ofMinutes(60), TIMEOUTS.of(resource(Value.unknown(Type.STRING)), "create"));
        assertEquals(Duration.ofMinutes(30), TIMEOUTS.of(resource(Value.string("1h30m")), "delete"));
        assertEquals(Duration.ofMinutes(5), TIMEOUTS.read());
    }

    @Test
    void anUndeclaredOperationIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> TIMEOUTS.of(resource(Value.nullOf(Type.STRING)), "update"));
    }

    private static Value resource(Value create) {
        ObjectType type = RESOURCE.impliedType();
        ObjectType timeouts = (ObjectType) type.attributeType("timeouts");
        return Value.object(type, Map.of(
                "id", Value.string("x"),
                "timeouts", Value.object(timeouts, Map.of("create", create, "delete", Value.nullOf(Type.STRING)))));
    }
}
