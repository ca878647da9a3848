package dev.huaweidr.framework.plan;

import static dev.huaweidr.framework.TestValues.list;
import static dev.huaweidr.framework.TestValues.map;
import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.path;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.framework.TestValues.with;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.RequiresReplace;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.UseStateForUnknown;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan rules inside nested attributes and nested blocks of every nesting. */
class SchemaPlannerNestedTest {
    private static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("name").required(),
            Attribute.single("settings",
                    Attribute.string("mode").required().planModifiers(RequiresReplace.always()),
                    Attribute.string("endpoint").computed(),
                    Attribute.string("key").optional().writeOnly(),
                    Attribute.number("port").defaultValue(Value.number(6379))).optional(),
            Attribute.nested("rules", NestingMode.LIST,
                    Attribute.string("x").required().planModifiers(RequiresReplace.always()),
                    Attribute.string("rid").computed()).optional(),
            Attribute.nested("peers", NestingMode.MAP,
                    Attribute.string("addr").required(),
                    Attribute.string("status").computed().planModifiers(UseStateForUnknown.instance())).optional(),
            Attribute.single("info", Attribute.string("version").computed()).computed())
            .withBlocks(
                    NestedBlock.single("primary", Block.of(
                            Attribute.string("instance").required().planModifiers(RequiresReplace.always()),
                            Attribute.string("role").computed())),
                    NestedBlock.list("replica", Block.of(
                            Attribute.string("instance").required(),
                            Attribute.string("role").computed())),
                    new NestedBlock("link", NestingMode.MAP, Block.of(
                            Attribute.string("target").required(),
                            Attribute.string("state").computed()), 0, 0),
                    NestedBlock.set("acl", Block.of(
                            Attribute.string("cidr").required(),
                            Attribute.string("rule_id").computed()))));
    private static final ObjectType TYPE = SCHEMA.type();
    private static final ObjectType SETTINGS = (ObjectType) TYPE.attributeType("settings");
    private static final ObjectType RULE = element("rules");
    private static final ObjectType PEER = element("peers");
    private static final ObjectType INFO = (ObjectType) TYPE.attributeType("info");
    private static final ObjectType PRIMARY = (ObjectType) TYPE.attributeType("primary");
    private static final ObjectType REPLICA = element("replica");
    private static final ObjectType LINK = element("link");
    private static final ObjectType ACL = element("acl");
    private static final Value NONE = Value.nullOf(TYPE);

    private static final Value CONFIG = object(TYPE,
            "name", str("a"),
            "settings", object(SETTINGS, "mode", str("fast"), "key", str("k")),
            "rules", list(RULE, object(RULE, "x", str("1")), object(RULE, "x", str("2"))),
            "peers", map(PEER, "east", object(PEER, "addr", str("10.0.0.1"))),
            "primary", object(PRIMARY, "instance", str("p1")),
            "replica", list(REPLICA, object(REPLICA, "instance", str("r1"))),
            "link", map(LINK, "dr", object(LINK, "target", str("t1"))),
            "acl", Value.set(ACL, List.of(object(ACL, "cidr", str("10.0.0.0/8")))));

    /** The state after the create: every computed value known, the write-only key null. */
    private static final Value STATE = object(TYPE,
            "name", str("a"),
            "settings", object(SETTINGS, "mode", str("fast"), "endpoint", str("e1"), "port", Value.number(6379)),
            "rules", list(RULE, object(RULE, "x", str("1"), "rid", str("r-1")),
                    object(RULE, "x", str("2"), "rid", str("r-2"))),
            "peers", map(PEER, "east", object(PEER, "addr", str("10.0.0.1"), "status", str("up"))),
            "info", object(INFO, "version", str("v1")),
            "primary", object(PRIMARY, "instance", str("p1"), "role", str("master")),
            "replica", list(REPLICA, object(REPLICA, "instance", str("r1"), "role", str("slave"))),
            "link", map(LINK, "dr", object(LINK, "target", str("t1"), "state", str("ok"))),
            "acl", Value.set(ACL, List.of(object(ACL, "cidr", str("10.0.0.0/8"), "rule_id", str("acl-1")))));

    /** Terraform's proposal for an update: the state, with the configured write-only key laid over it. */
    private static final Value PROPOSED = with(STATE, "settings", with(STATE.attr("settings"), "key", str("k")));

    private static ObjectType element(String name) {
        return (ObjectType) ((dev.huaweidr.framework.value.CollectionType) TYPE.attributeType(name)).element();
    }

    private static PlannedChange plan(Value prior, Value proposed, Value config) {
        return new SchemaPlanner(SCHEMA).plan(prior, proposed, config);
    }

    @Test
    void createPlansNestedComputedUnknownAndNestedDefaults() {
        Value planned = plan(NONE, CONFIG, CONFIG).planned();
        for (String unknown : List.of("settings.endpoint", "rules[0].rid", "rules[1].rid", "primary.role",
                "replica[0].role", "info")) {
            assertFalse(planned.at(path(unknown)).isKnown(), unknown + " is known after apply");
        }
        assertFalse(planned.attr("peers").entries().get("east").attr("status").isKnown());
        assertFalse(planned.attr("link").entries().get("dr").attr("state").isKnown());
        assertEquals(Value.number(6379), planned.at(path("settings.port")));
        assertTrue(planned.at(path("settings.key")).isNull(), "nested write-only values are planned null too");
        assertEquals(str("fast"), planned.at(path("settings.mode")));
        assertEquals(str("2"), planned.at(path("rules[1].x")));
    }

    @Test
    void createPlansComputedAttributesInsideSetElementsUnknown() {
        Value planned = plan(NONE, CONFIG, CONFIG).planned();
        List<Value> acl = planned.attr("acl").elements();
        assertEquals(1, acl.size());
        assertEquals(str("10.0.0.0/8"), acl.get(0).attr("cidr"));
        assertFalse(acl.get(0).attr("rule_id").isKnown(), "the create computes it");
    }

    @Test
    void updateWithoutChangeKeepsEveryNestedPriorValue() {
        PlannedChange change = plan(STATE, PROPOSED, CONFIG);
        assertEquals(STATE, change.planned(), "a nested write-only value is not a change either");
        assertEquals(List.of(), change.requiresReplace());
    }

    @Test
    void updateWithChangeMarksNestedComputedUnknownExceptUseStateForUnknown() {
        Value config = with(CONFIG, "name", str("b"));
        Value proposed = with(PROPOSED, "name", str("b"));
        PlannedChange change = plan(STATE, proposed, config);
        Value planned = change.planned();
        for (String unknown : List.of("settings.endpoint", "rules[0].rid", "primary.role", "replica[0].role", "info")) {
            assertFalse(planned.at(path(unknown)).isKnown(), unknown);
        }
        assertEquals(str("up"), planned.attr("peers").entries().get("east").attr("status"),
                "UseStateForUnknown inside a map element");
        assertFalse(planned.attr("acl").elements().get(0).attr("rule_id").isKnown());
        assertEquals(List.of(), change.requiresReplace());
    }

    @Test
    void requiresReplaceInsideNestedAttributesAndBlocksNamesTheNestedPath() {
        Value config = with(CONFIG,
                "settings", object(SETTINGS, "mode", str("safe")),
                "rules", list(RULE, object(RULE, "x", str("1")), object(RULE, "x", str("3"))),
                "primary", object(PRIMARY, "instance", str("p2")));
        Value proposed = with(STATE,
                "settings", with(STATE.attr("settings"), "mode", str("safe")),
                "rules", list(RULE, STATE.at(path("rules[0]")), object(RULE, "x", str("3"), "rid", str("r-2"))),
                "primary", with(STATE.attr("primary"), "instance", str("p2")));
        List<?> replace = plan(STATE, proposed, config).requiresReplace();
        assertEquals(Set.of(path("settings.mode"), path("rules[1].x"), path("primary.instance")), Set.copyOf(replace));
        assertEquals(3, replace.size());
    }

    @Test
    void anAddedListElementPlansItsComputedValuesUnknown() {
        Value config = with(CONFIG, "replica", list(REPLICA, object(REPLICA, "instance", str("r1")),
                object(REPLICA, "instance", str("r2"))));
        Value proposed = with(PROPOSED, "replica", list(REPLICA, STATE.at(path("replica[0]")),
                object(REPLICA, "instance", str("r2"))));
        Value planned = plan(STATE, proposed, config).planned();
        assertEquals(str("r2"), planned.at(path("replica[1].instance")));
        assertFalse(planned.at(path("replica[1].role")).isKnown());
    }

    @Test
    void nullAndUnknownValuesAtEveryLevelPlanWithoutFailing() {
        List<Value> configs = new ArrayList<>();
        for (String name : TYPE.attributes().keySet()) {
            if (!name.equals("name")) {
                Type type = TYPE.attributeType(name);
                configs.add(with(CONFIG, name, Value.unknown(type)));
                configs.add(with(CONFIG, name, Value.nullOf(type)));
            }
        }
        configs.add(with(CONFIG, "settings", object(SETTINGS, "mode", Value.unknown(Type.STRING))));
        configs.add(with(CONFIG, "rules", list(RULE, Value.unknown(RULE), object(RULE))));
        configs.add(with(CONFIG, "peers", map(PEER, "east", Value.unknown(PEER), "west", object(PEER))));
        configs.add(with(CONFIG, "replica", list(REPLICA, Value.unknown(REPLICA))));
        configs.add(with(CONFIG, "acl", Value.set(ACL, List.of(Value.unknown(ACL)))));
        configs.add(with(CONFIG, "primary", object(PRIMARY, "instance", Value.unknown(Type.STRING))));
        for (Value config : configs) {
            assertDoesNotThrow(() -> plan(NONE, config, config), () -> "create with " + config);
            assertDoesNotThrow(() -> plan(STATE, config, config), () -> "update with " + config);
            assertDoesNotThrow(() -> plan(config, config, config), () -> "prior state " + config);
        }
    }

    @Test
    void aConfiguredNestedValueIsNeverPlannedUnknown() {
        // Terraform rejects "planned unknown for configured value"; only the computed parts may be unknown.
        Value planned = plan(STATE, with(PROPOSED, "name", str("b")), with(CONFIG, "name", str("b"))).planned();
        assertTrue(planned.attr("settings").isKnown());
        assertTrue(planned.attr("rules").isKnown());
        assertTrue(planned.at(path("rules[0]")).isKnown());
        assertTrue(planned.attr("peers").entries().get("east").isKnown());
        assertTrue(planned.attr("replica").isKnown());
    }
}
