package dev.huaweidr.framework.server;

import static dev.huaweidr.framework.TestValues.list;
import static dev.huaweidr.framework.TestValues.map;
import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.path;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.framework.TestValues.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.diag.Severity;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidators;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validator;
import dev.huaweidr.framework.schema.Validators;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code terraform validate} reports for a configuration, through {@link ResourceServer#validate}. */
class ConfigValidationTest {
    private final List<String> seen = new ArrayList<>();
    private final Validator recording = new Validator() {
        @Override
        public void validate(AttributePath path, Value value, Diagnostics diagnostics) {
            seen.add(path + "=" + value);
        }

        @Override
        public String description() {
            return "records what it sees";
        }
    };

    private final Schema schema = Schema.of(Block.of(
            Attribute.string("name").optional().validators(recording, Validators.lengthBetween(1, 5)),
            Attribute.string("password").optional().sensitive().validators(Validators.lengthBetween(8, 64)),
            Attribute.of("labels", Type.list(Type.STRING)).optional().validators(Validators.check(
                    v -> v.elements().stream().allMatch(e -> e.asString().startsWith("x")), "labels starting with `x`")),
            Attribute.string("legacy").optional().deprecated("Use `name` instead."),
            Attribute.single("settings", Attribute.string("mode").required()
                    .validators(Validators.oneOf("fast", "safe"))).optional(),
            Attribute.nested("rules", NestingMode.LIST, Attribute.string("x").optional()
                    .validators(Validators.oneOf("a", "b"))).optional(),
            Attribute.nested("peers", NestingMode.MAP, Attribute.string("addr").required()
                    .validators(Validators.notBlank())).optional())
            .withBlocks(
                    NestedBlock.list("replica", Block.of(Attribute.string("instance").required()
                            .validators(Validators.matches("i-[0-9]+", "an instance id such as `i-1`")))),
                    NestedBlock.single("old", Block.of(Attribute.string("x").optional())
                            .deprecated("The `old` block goes away in 2.0."))));
    private final ObjectType type = schema.type();
    private final Value empty = object(type, "replica", Value.list(element("replica"), List.of()));

    private ObjectType element(String name) {
        Type t = type.attributeType(name);
        return (ObjectType) (t instanceof CollectionType ? ((CollectionType) t).element() : t);
    }

    private List<Diagnostic> validate(Value config) {
        return new FakeResource(schema).server().validate(config, true).all();
    }

    private static List<AttributePath> errorPaths(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::path).collect(Collectors.toList());
    }

    @Test
    void validatorsSeeOnlyKnownNonNullValues() {
        assertEquals(List.of(), validate(empty));
        assertEquals(List.of(), validate(with(empty, "name", Value.unknown(Type.STRING))));
        assertEquals(List.of(), seen, "neither null nor unknown values are checked");
        assertEquals(List.of(), validate(with(empty, "name", str("ab"))));
        assertEquals(List.of("name=\"ab\""), seen);
    }

    @Test
    void aCollectionHoldingUnknownsWaitsUntilItIsKnown() {
        Value labels = list(Type.STRING, str("x1"), Value.unknown(Type.STRING));
        assertEquals(List.of(), validate(with(empty, "labels", labels)));
        List<Diagnostic> bad = validate(with(empty, "labels", list(Type.STRING, str("x1"), str("y"))));
        assertEquals(List.of(path("labels")), errorPaths(bad));
    }

    @Test
    void errorsNameTheNestedAttribute() {
        ObjectType rule = element("rules");
        ObjectType peer = element("peers");
        ObjectType replica = element("replica");
        Value config = with(empty,
                "settings", object(element("settings"), "mode", str("reckless")),
                "rules", list(rule, object(rule, "x", str("a")), object(rule, "x", str("z"))),
                "peers", map(peer, "east", object(peer, "addr", str("  "))),
                "replica", list(replica, object(replica, "instance", str("i-1")), object(replica, "instance", str("db"))));
        List<Diagnostic> diagnostics = validate(config);
        assertEquals(List.of(path("settings.mode"), path("rules[1].x"), AttributePath.root().attr("peers").key("east")
                .attr("addr"), path("replica[1].instance")), errorPaths(diagnostics));
        Diagnostic mode = diagnostics.get(0);
        assertEquals("Invalid value for settings.mode", mode.summary());
        assertEquals("Must be one of `fast`, `safe`; got \"reckless\".", mode.detail());
    }

    @Test
    void unknownsInsideNestedValuesPassUntilKnown() {
        ObjectType rule = element("rules");
        ObjectType peer = element("peers");
        Value config = with(empty,
                "settings", object(element("settings"), "mode", Value.unknown(Type.STRING)),
                "rules", list(rule, Value.unknown(rule), object(rule, "x", Value.unknown(Type.STRING))),
                "peers", Value.unknown(type.attributeType("peers")),
                "replica", Value.unknown(type.attributeType("replica")));
        assertEquals(List.of(), validate(config));
        assertEquals(List.of(), validate(Value.unknown(type)), "a wholly unknown configuration");
        assertEquals(List.of(), validate(with(empty, "peers", map(peer, "east", Value.unknown(peer)))));
    }

    @Test
    void aSensitiveValueIsNeverQuotedInTheError() {
        List<Diagnostic> diagnostics = validate(with(empty, "password", str("hunter2")));
        assertEquals(List.of(path("password")), errorPaths(diagnostics));
        String detail = diagnostics.get(0).detail();
        assertFalse(detail.contains("hunter2"), detail);
        assertTrue(detail.contains("a sensitive value"), detail);
    }

    @Test
    void deprecatedAttributesAndBlocksWarnWhenConfigured() {
        assertEquals(List.of(), validate(empty));
        List<Diagnostic> attribute = validate(with(empty, "legacy", Value.unknown(Type.STRING)));
        assertEquals(1, attribute.size());
        assertEquals(Severity.WARNING, attribute.get(0).severity());
        assertEquals(path("legacy"), attribute.get(0).path());
        assertEquals("Use `name` instead.", attribute.get(0).detail());
        List<Diagnostic> block = validate(with(empty, "old", object(element("old"))));
        assertEquals(1, block.size(), block.toString());
        assertEquals(Severity.WARNING, block.get(0).severity());
        assertEquals(path("old"), block.get(0).path());
        assertEquals("The `old` block goes away in 2.0.", block.get(0).detail());
    }

    @Test
    void aRequiredArgumentSetToNullIsAnErrorAtTheArgument() {
        ObjectType replica = element("replica");
        Value config = with(empty, "replica", list(replica, object(replica, "instance", Value.nullOf(Type.STRING))));
        List<Diagnostic> diagnostics = validate(config);
        assertEquals(List.of(path("replica[0].instance")), errorPaths(diagnostics));
        assertEquals("Missing required argument", diagnostics.get(0).summary());
    }

    @Test
    void aValidatorThatThrowsBecomesAnErrorNotACrash() {
        Schema throwing = Schema.of(Block.of(Attribute.string("name").optional()
                .validators(Validators.check(v -> v.asNumber() != null, "a number"))));
        Diagnostics diagnostics = new FakeResource(throwing).server()
                .validate(object(throwing.type(), "name", str("x")), true);
        assertTrue(diagnostics.hasErrors(), diagnostics.toString());
    }
}
