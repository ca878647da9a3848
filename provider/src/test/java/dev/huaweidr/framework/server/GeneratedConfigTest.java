package dev.huaweidr.framework.server;

import static dev.huaweidr.framework.TestValues.list;
import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import org.junit.jupiter.api.Test;

/** {@code terraform query -generate-config-out}: a state turned into configuration Terraform accepts. */
class GeneratedConfigTest {
    private static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed(),
            Attribute.string("name").required(),
            Attribute.string("region").optional().computed(),
            Attribute.number("size").defaultValue(Value.number(1)),
            Attribute.string("secret").optional().sensitive(),
            Attribute.nested("rules", NestingMode.LIST, Attribute.string("x").required(),
                    Attribute.string("rid").computed()).optional())
            .withBlocks(NestedBlock.list("replica", Block.of(Attribute.string("instance").required(),
                    Attribute.string("role").computed()))));
    private static final ObjectType TYPE = SCHEMA.type();
    private static final ObjectType RULE = (ObjectType) ((CollectionType) TYPE.attributeType("rules")).element();
    private static final ObjectType REPLICA = (ObjectType) ((CollectionType) TYPE.attributeType("replica")).element();

    private static Value generate(Value state) {
        return new FakeResource(SCHEMA).server().generateConfig(state);
    }

    @Test
    void leavesOutComputedOnlyAndDefaultValuesAtAnyDepth() {
        Value state = object(TYPE, "id", str("i-1"), "name", str("a"), "region", str("r1"), "size", Value.number(1),
                "rules", list(RULE, object(RULE, "x", str("1"), "rid", str("r-1"))),
                "replica", list(REPLICA, object(REPLICA, "instance", str("db1"), "role", str("slave"))));
        Value expected = object(TYPE, "name", str("a"), "region", str("r1"),
                "rules", list(RULE, object(RULE, "x", str("1"))),
                "replica", list(REPLICA, object(REPLICA, "instance", str("db1"))));
        assertEquals(expected, generate(state));
        assertEquals(Value.number(5), generate(state.withAttr("size", Value.number(5))).attr("size"));
    }

    @Test
    void aSensitiveValueIsNeverSent() {
        Value state = object(TYPE, "name", str("a"), "secret", str("hunter2"),
                "replica", list(REPLICA, object(REPLICA, "instance", str("db1"))));
        assertEquals(Value.nullOf(Type.STRING), generate(state).attr("secret"),
                "Terraform writes it as null # sensitive anyway");
    }

    @Test
    void nullAndUnknownStatesPassThrough() {
        assertEquals(Value.nullOf(TYPE), generate(Value.nullOf(TYPE)));
        assertFalse(generate(Value.unknown(TYPE)).isKnown());
    }
}
