package dev.huaweidr.framework.server;

import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.path;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.framework.TestValues.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.resource.PlanChange;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A resource's own plan hook, after the schema's rules: what it may change and what it may not break. */
class ResourcePlanTest {
    private static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed(),
            Attribute.string("name").required(),
            Attribute.string("password").optional().writeOnly()));
    private static final ObjectType TYPE = SCHEMA.type();
    private static final Value STATE = object(TYPE, "id", str("i-1"), "name", str("a"));
    private static final Value IDENTITY = Value.object(Type.object(Map.of("id", Type.STRING)),
            Map.of("id", str("i-1")));

    private static ResourceServer.Planned plan(Consumer<PlanChange> hook, Value prior, Value config) {
        Value proposed = config.isNull() ? config : prior.isNull() ? config : with(prior, "name", config.attr("name"));
        FakeResource resource = new FakeResource(SCHEMA);
        resource.plan = hook;
        return resource.server().plan(prior, proposed, config, new byte[] {1, 2}, prior.isNull() ? null : IDENTITY);
    }

    @Test
    void theHookSeesTheSchemaPlanAndMayAddAReplacement() {
        Value config = object(TYPE, "name", str("b"));
        ResourceServer.Planned planned = plan(op -> {
            assertFalse(op.planned().get("id").isKnown(), "the schema's rules ran first");
            op.requireReplace(path("name"));
        }, STATE, config);
        assertEquals(List.of(path("name")), planned.requiresReplace());
        assertEquals(str("b"), planned.planned().attr("name"));
        assertEquals(IDENTITY, planned.plannedIdentity(), "an update keeps the identity");
        assertEquals(2, planned.plannedPrivate().length, "private state passes through");
    }

    @Test
    void aWriteOnlyValueTheHookPlansIsNulled() {
        Value config = object(TYPE, "name", str("b"), "password", str("pw"));
        ResourceServer.Planned planned = plan(op -> op.setPlanned(with(op.planned().value(), "password", str("pw"))),
                Value.nullOf(TYPE), config);
        assertTrue(planned.planned().attr("password").isNull());
        assertNull(planned.plannedIdentity(), "a create has no identity yet");
    }

    @Test
    void aHookThatThrowsBecomesAnError() {
        ResourceServer.Planned planned = plan(op -> {
            throw new IllegalStateException("boom");
        }, STATE, object(TYPE, "name", str("b")));
        assertTrue(planned.diagnostics().hasErrors());
    }

    @Test
    void aPlanOfTheWrongShapeIsReportedNotSent() {
        ObjectType other = Type.object(Map.of("id", Type.STRING));
        ResourceServer.Planned planned = plan(op -> op.setPlanned(Value.object(other, Map.of("id", str("x")))),
                STATE, object(TYPE, "name", str("b")));
        assertTrue(planned.diagnostics().hasErrors());
        assertEquals(TYPE, planned.planned().type());
    }

    @Test
    void theHookSeesDestroyPlans() {
        boolean[] destroy = new boolean[1];
        ResourceServer.Planned planned = plan(op -> destroy[0] = op.isDestroy(), STATE, Value.nullOf(TYPE));
        assertTrue(destroy[0], "plan_destroy lets resources warn about what a destroy loses");
        assertTrue(planned.planned().isNull());
    }
}
