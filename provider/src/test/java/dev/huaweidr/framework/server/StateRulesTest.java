package dev.huaweidr.framework.server;

import static dev.huaweidr.framework.TestValues.list;
import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.framework.TestValues.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What apply and read hand back to Terraform, whatever the resource did. */
class StateRulesTest {
    private static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed(),
            Attribute.string("name").required(),
            Attribute.string("status").computed(),
            Attribute.string("password").optional().writeOnly(),
            Attribute.single("settings", Attribute.string("mode").required(),
                    Attribute.string("endpoint").computed()).optional(),
            Attribute.nested("users", NestingMode.LIST, Attribute.string("user").required(),
                    Attribute.string("pw").optional().writeOnly()).optional())
            .withBlocks(NestedBlock.list("replica", Block.of(Attribute.string("instance").required(),
                    Attribute.string("role").computed(), Attribute.string("secret").optional().writeOnly()))));
    private static final ObjectType TYPE = SCHEMA.type();
    private static final ObjectType SETTINGS = (ObjectType) TYPE.attributeType("settings");
    private static final ObjectType USER = element("users");
    private static final ObjectType REPLICA = element("replica");
    private static final Value NONE = Value.nullOf(TYPE);

    private static final Value CONFIG = object(TYPE, "name", str("a"), "password", str("pw"),
            "settings", object(SETTINGS, "mode", str("fast")),
            "users", list(USER, object(USER, "user", str("u"), "pw", str("upw"))),
            "replica", list(REPLICA, object(REPLICA, "instance", str("r1"), "secret", str("rs"))));
    private static final Value PLAN = object(TYPE, "id", Value.unknown(Type.STRING), "name", str("a"),
            "status", Value.unknown(Type.STRING),
            "settings", object(SETTINGS, "mode", str("fast"), "endpoint", Value.unknown(Type.STRING)),
            "users", list(USER, object(USER, "user", str("u"))),
            "replica", list(REPLICA, object(REPLICA, "instance", str("r1"), "role", Value.unknown(Type.STRING))));
    private static final Value STATE = object(TYPE, "id", str("i-1"), "name", str("a"), "status", str("up"),
            "settings", object(SETTINGS, "mode", str("fast"), "endpoint", str("e1")),
            "users", list(USER, object(USER, "user", str("u"))),
            "replica", list(REPLICA, object(REPLICA, "instance", str("r1"), "role", str("slave"))));

    private final FakeResource resource = new FakeResource(SCHEMA);

    private static ObjectType element(String name) {
        return (ObjectType) ((CollectionType) TYPE.attributeType(name)).element();
    }

    private ResourceServer.Result create() {
        return resource.server().apply(NONE, PLAN, CONFIG, new byte[0], null);
    }

    private static List<String> errors(ResourceServer.Result result) {
        return result.diagnostics().all().stream().filter(Diagnostic::isError)
                .map(d -> d.summary() + ": " + d.detail()).collect(Collectors.toList());
    }

    @Test
    void aCompleteCreateReturnsItsStateWithoutComplaint() {
        resource.create = op -> op.setState(STATE);
        ResourceServer.Result result = create();
        assertEquals(List.of(), errors(result));
        assertEquals(STATE, result.state());
    }

    @Test
    void unknownsLeftAfterApplyAreReportedByPathAndStoredAsNull() {
        resource.create = op -> op.setState(with(PLAN, "id", str("i-1")));
        ResourceServer.Result result = create();
        assertEquals(1, errors(result).size());
        String error = errors(result).get(0);
        assertTrue(error.contains("status") && error.contains("settings.endpoint"), error);
        assertFalse(error.contains("id,"), error);
        assertTrue(result.state().isWhollyKnown());
        assertTrue(result.state().attr("status").isNull());
        assertEquals(str("i-1"), result.state().attr("id"));
    }

    @Test
    void unknownsLeftAfterReadAreReportedAndStoredAsNull() {
        resource.read = op -> op.setState(with(STATE, "status", Value.unknown(Type.STRING)));
        ResourceServer.Result result = resource.server().read(STATE, new byte[0], null);
        assertEquals(1, errors(result).size());
        assertTrue(errors(result).get(0).contains("status"));
        assertTrue(result.state().attr("status").isNull());
    }

    @Test
    void aKnownPlannedValueThatChangesIsReported() {
        resource.create = op -> op.setState(with(STATE, "name", str("b")));
        List<String> errors = errors(create());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("differ from the plan at: name"), errors.get(0));
    }

    @Test
    void aNestedCollectionThatChangesSizeIsReported() {
        Value extra = list(REPLICA, object(REPLICA, "instance", str("r1"), "role", str("slave")),
                object(REPLICA, "instance", str("r2"), "role", str("slave")));
        resource.create = op -> op.setState(with(STATE, "replica", extra));
        List<String> errors = errors(create());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("replica"), errors.get(0));
    }

    @Test
    void writeOnlyValuesNeverComeBackAtAnyDepth() {
        Value leaky = with(STATE, "password", str("pw"),
                "users", list(USER, object(USER, "user", str("u"), "pw", str("upw"))),
                "replica", list(REPLICA, object(REPLICA, "instance", str("r1"), "role", str("slave"),
                        "secret", str("rs"))));
        resource.create = op -> op.setState(leaky);
        resource.read = op -> op.setState(leaky);
        for (ResourceServer.Result result : List.of(create(), resource.server().read(STATE, new byte[0], null))) {
            assertEquals(STATE, result.state(), "every write-only value null");
        }
    }

    @Test
    void aResourceThrowingBecomesAnErrorAndTheServerGoesOn() {
        resource.create = op -> {
            throw new IllegalStateException("boom");
        };
        ResourceServer server = resource.server();
        ResourceServer.Result failed = server.apply(NONE, PLAN, CONFIG, new byte[0], null);
        assertTrue(failed.state().isNull(), "nothing was created");
        assertEquals(1, errors(failed).size());
        assertTrue(errors(failed).get(0).startsWith("Unexpected error in Creating test_thing"), errors(failed).get(0));
        resource.create = op -> op.setState(STATE);
        assertEquals(STATE, server.apply(NONE, PLAN, CONFIG, new byte[0], null).state());
    }

    @Test
    void aFailedCreateReturnsThePartialStateItSet() {
        resource.create = op -> {
            op.setState(with(PLAN, "id", str("i-1")));
            op.diagnostics().error("Create failed", "the instance did not start");
        };
        ResourceServer.Result result = create();
        assertEquals(List.of("Create failed: the instance did not start"), errors(result),
                "no complaints about the unfinished parts on top of the real error");
        assertEquals(str("i-1"), result.state().attr("id"), "Terraform keeps it as tainted");
        assertTrue(result.state().isWhollyKnown());
    }

    @Test
    void aCreateThatSetsNoStateIsReported() {
        ResourceServer.Result result = create();
        assertEquals(1, errors(result).size());
        assertTrue(result.state().isNull());
    }

    @Test
    void aStateOfTheWrongShapeIsReportedNotSent() {
        ObjectType other = Type.object(Map.of("id", Type.STRING));
        resource.create = op -> op.setState(Value.object(other, Map.of("id", str("i-1"))));
        ResourceServer.Result result = create();
        assertEquals(1, errors(result).size(), errors(result).toString());
        assertEquals(TYPE, result.state().type());
    }

    @Test
    void aFailedDeleteKeepsThePriorState() {
        resource.delete = op -> op.diagnostics().error("Delete failed", "still in use");
        ResourceServer.Result failed = resource.server().apply(STATE, NONE, NONE, new byte[0], null);
        assertEquals(STATE, failed.state());
        resource.delete = op -> {
            throw new IllegalStateException("boom");
        };
        assertEquals(STATE, resource.server().apply(STATE, NONE, NONE, new byte[0], null).state());
        resource.delete = op -> { };
        ResourceServer.Result deleted = resource.server().apply(STATE, NONE, NONE, new byte[0], null);
        assertTrue(deleted.state().isNull());
        assertEquals(List.of(), errors(deleted));
    }

    @Test
    void aFailedUpdateKeepsThePriorState() {
        Value plan = with(STATE, "name", str("b"), "status", Value.unknown(Type.STRING));
        resource.update = op -> op.diagnostics().error("Update failed", "quota");
        ResourceServer.Result result = resource.server().apply(STATE, plan, with(CONFIG, "name", str("b")),
                new byte[0], null);
        assertEquals(STATE, result.state());
    }

    @Test
    void aRemovedObjectReadsAsNullWithoutIdentity() {
        resource.read = op -> op.removed();
        ResourceServer.Result result = resource.server().read(STATE, new byte[0], null);
        assertTrue(result.state().isNull());
        assertNull(result.identity());
        assertEquals(List.of(), errors(result));
    }

    @Test
    void privateStateTravelsFromApplyToRead() {
        resource.create = op -> {
            op.setState(STATE);
            op.privateState().set("etag", "v7");
        };
        byte[] stored = create().privateState();
        String[] seen = new String[1];
        resource.read = op -> seen[0] = op.privateState().get("etag");
        resource.server().read(STATE, stored, null);
        assertEquals("v7", seen[0]);
    }
}
