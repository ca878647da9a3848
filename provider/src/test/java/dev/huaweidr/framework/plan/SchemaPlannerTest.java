package dev.huaweidr.framework.plan;

import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.path;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.framework.TestValues.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.RequiresReplace;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.UseStateForUnknown;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema's plan rules on top-level attributes, fed as Terraform feeds them: on create the proposed state
 * is the configuration (computed attributes null), on update it is the prior state with the configured
 * values laid over it, write-only values included.
 */
class SchemaPlannerTest {
    private static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed(),
            Attribute.string("arn").computed().planModifiers(UseStateForUnknown.instance()),
            Attribute.string("name").required(),
            Attribute.string("zone").optional().planModifiers(RequiresReplace.always()),
            Attribute.string("region").optional().computed(),
            Attribute.number("size").defaultValue(Value.number(1)),
            Attribute.string("password").optional().sensitive().writeOnly()));
    private static final ObjectType TYPE = SCHEMA.type();
    private static final Value NONE = Value.nullOf(TYPE);

    /** What Terraform holds after the create: every computed value known, the write-only one null. */
    private static final Value STATE = object(TYPE, "id", str("i-1"), "arn", str("arn:1"), "name", str("a"),
            "zone", str("z1"), "region", str("r1"), "size", Value.number(1));
    private static final Value CONFIG = object(TYPE, "name", str("a"), "zone", str("z1"), "password", str("pw"));

    private static PlannedChange plan(Value prior, Value proposed, Value config) {
        return new SchemaPlanner(SCHEMA).plan(prior, proposed, config);
    }

    @Test
    void createPlansComputedUnknownDefaultsAndWriteOnlyNull() {
        PlannedChange change = plan(NONE, CONFIG, CONFIG);
        Value planned = change.planned();
        assertFalse(planned.attr("id").isKnown(), "computed id is known after apply");
        assertFalse(planned.attr("arn").isKnown(), "UseStateForUnknown has no state to use on create");
        assertFalse(planned.attr("region").isKnown(), "unconfigured optional+computed is known after apply");
        assertEquals(Value.number(1), planned.attr("size"), "the default");
        assertTrue(planned.attr("password").isNull(), "write-only values are planned null");
        assertEquals(str("a"), planned.attr("name"));
        assertEquals(str("z1"), planned.attr("zone"));
        assertEquals(List.of(), change.requiresReplace(), "a create never replaces");
    }

    @Test
    void configuredOptionalComputedAndDefaultedValuesWinOverTheSchema() {
        Value config = with(CONFIG, "region", str("r9"), "size", Value.number(7));
        Value planned = plan(NONE, config, config).planned();
        assertEquals(str("r9"), planned.attr("region"));
        assertEquals(Value.number(7), planned.attr("size"));
    }

    @Test
    void updateWithoutChangeKeepsEveryPriorValue() {
        // Terraform lays the configured write-only value over the prior state; it is not a change.
        Value proposed = with(STATE, "password", str("pw"));
        PlannedChange change = plan(STATE, proposed, CONFIG);
        assertEquals(STATE, change.planned(), "no unknowns, so `terraform plan` shows no changes");
        assertEquals(List.of(), change.requiresReplace());
    }

    @Test
    void updateWithChangeMarksUnconfiguredComputedUnknownExceptUseStateForUnknown() {
        Value config = with(CONFIG, "name", str("b"));
        Value proposed = with(STATE, "name", str("b"), "password", str("pw"));
        PlannedChange change = plan(STATE, proposed, config);
        Value planned = change.planned();
        assertEquals(str("b"), planned.attr("name"));
        assertFalse(planned.attr("id").isKnown());
        assertFalse(planned.attr("region").isKnown(), "not configured, so the update may change it");
        assertEquals(str("arn:1"), planned.attr("arn"), "UseStateForUnknown keeps the prior value");
        assertEquals(Value.number(1), planned.attr("size"));
        assertTrue(planned.attr("password").isNull());
        assertEquals(List.of(), change.requiresReplace(), "zone did not change");
    }

    @Test
    void configuredOptionalComputedValueIsKeptOnUpdate() {
        Value config = with(CONFIG, "name", str("b"), "region", str("r1"));
        Value proposed = with(STATE, "name", str("b"));
        assertEquals(str("r1"), plan(STATE, proposed, config).planned().attr("region"));
    }

    @Test
    void aDefaultDifferingFromStateIsAChange() {
        // e.g. state written when the default was 5: the plan changes size, so the update may change the rest
        Value prior = with(STATE, "size", Value.number(5));
        PlannedChange change = plan(prior, prior, CONFIG);
        assertEquals(Value.number(1), change.planned().attr("size"));
        assertFalse(change.planned().attr("id").isKnown());
    }

    @Test
    void requiresReplaceNamesTheChangedAttribute() {
        Value config = with(CONFIG, "zone", str("z2"));
        Value proposed = with(STATE, "zone", str("z2"));
        PlannedChange change = plan(STATE, proposed, config);
        assertEquals(List.of(path("zone")), change.requiresReplace());
        assertEquals(str("z2"), change.planned().attr("zone"));
    }

    @Test
    void requiresReplaceCountsRemovingAValueAsAChange() {
        Value config = with(CONFIG, "zone", Value.nullOf(Type.STRING));
        Value proposed = with(STATE, "zone", Value.nullOf(Type.STRING));
        assertEquals(List.of(path("zone")), plan(STATE, proposed, config).requiresReplace());
    }

    @Test
    void aConfiguredValueNotYetKnownMayForceReplacement() {
        Value config = with(CONFIG, "zone", Value.unknown(Type.STRING));
        Value proposed = with(STATE, "zone", Value.unknown(Type.STRING));
        PlannedChange change = plan(STATE, proposed, config);
        assertEquals(List.of(path("zone")), change.requiresReplace());
        assertFalse(change.planned().attr("zone").isKnown());
    }

    @Test
    void requiresReplaceWhenAsksItsConditionOnlyAboutKnownValues() {
        Schema schema = Schema.of(Block.of(
                Attribute.string("name").required(),
                Attribute.number("capacity").required().planModifiers(RequiresReplace.when(
                        (prior, planned) -> planned.asNumber().compareTo(prior.asNumber()) < 0,
                        "Shrinking replaces the resource."))));
        SchemaPlanner planner = new SchemaPlanner(schema);
        Value state = object(schema.type(), "name", str("a"), "capacity", Value.number(10));
        Value grow = with(state, "capacity", Value.number(20));
        Value shrink = with(state, "capacity", Value.number(5));
        Value unknown = with(state, "capacity", Value.unknown(Type.NUMBER));
        assertEquals(List.of(), planner.plan(state, grow, grow).requiresReplace());
        assertEquals(List.of(path("capacity")), planner.plan(state, shrink, shrink).requiresReplace());
        assertEquals(List.of(path("capacity")), planner.plan(state, unknown, unknown).requiresReplace(),
                "a value not known yet may shrink");
        assertEquals(List.of(), planner.plan(Value.nullOf(schema.type()), shrink, shrink).requiresReplace());
    }

    @Test
    void anUnconfiguredComputedValueNeverForcesReplacement() {
        // The provider decides such values; an unrelated change must not replace the resource.
        Schema schema = Schema.of(Block.of(
                Attribute.string("name").required(),
                Attribute.string("az").optional().computed().planModifiers(RequiresReplace.always())));
        Value state = object(schema.type(), "name", str("a"), "az", str("az1"));
        Value config = object(schema.type(), "name", str("b"));
        Value proposed = with(state, "name", str("b"));
        PlannedChange change = new SchemaPlanner(schema).plan(state, proposed, config);
        assertFalse(change.planned().attr("az").isKnown());
        assertEquals(List.of(), change.requiresReplace());
    }

    @Test
    void useStateForUnknownLeavesAConfiguredUnknownAlone() {
        Schema schema = Schema.of(Block.of(
                Attribute.string("name").required(),
                Attribute.string("label").optional().computed().planModifiers(UseStateForUnknown.instance())));
        Value state = object(schema.type(), "name", str("a"), "label", str("l1"));
        Value config = object(schema.type(), "name", str("a"), "label", Value.unknown(Type.STRING));
        Value proposed = with(state, "label", Value.unknown(Type.STRING));
        assertFalse(new SchemaPlanner(schema).plan(state, proposed, config).planned().attr("label").isKnown(),
                "the configuration will set it; the state value is not a promise");
    }

    @Test
    void destroyPlansNull() {
        PlannedChange change = plan(STATE, NONE, NONE);
        assertTrue(change.planned().isNull());
        assertEquals(List.of(), change.requiresReplace());
    }

    @Test
    void wholeUnknownConfigurationPlansWithoutFailing() {
        Value unknown = Value.unknown(TYPE);
        assertFalse(plan(NONE, unknown, unknown).planned().isKnown());
        assertFalse(plan(STATE, unknown, unknown).planned().isKnown());
    }
}
