package dev.huaweidr.framework.server;

import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.path;
import static dev.huaweidr.framework.TestValues.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidator;
import dev.huaweidr.framework.schema.ConfigValidators;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cross-attribute checks, as a resource's schema declares them; an unknown value leaves them open. */
class ConfigValidatorsTest {
    private static final Value SET = str("v");
    private static final Value UNSET = Value.nullOf(Type.STRING);
    private static final Value UNKNOWN = Value.unknown(Type.STRING);

    /** The paths of the errors for a configuration with attributes a, b and c. */
    private static List<AttributePath> errors(ConfigValidator validator, Value a, Value b, Value c) {
        Schema schema = Schema.of(Block.of(Attribute.string("a").optional(), Attribute.string("b").optional(),
                Attribute.string("c").optional())).configValidators(validator);
        List<Diagnostic> diagnostics = new FakeResource(schema).server()
                .validate(object(schema.type(), "a", a, "b", b, "c", c), true).all();
        return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::path).collect(Collectors.toList());
    }

    @Test
    void exactlyOneOf() {
        ConfigValidator v = ConfigValidators.exactlyOneOf("a", "b");
        assertEquals(List.of(), errors(v, SET, UNSET, UNSET));
        assertEquals(List.of(), errors(v, UNSET, SET, SET), "c is not one of them");
        assertEquals(List.of(path("a")), errors(v, UNSET, UNSET, SET), "neither: points at the first");
        assertEquals(List.of(path("b")), errors(v, SET, SET, UNSET), "both: points at the second");
        assertEquals(List.of(), errors(v, UNKNOWN, UNSET, UNSET), "may still be set");
        assertEquals(List.of(), errors(v, SET, UNKNOWN, UNSET), "may still be null");
    }

    @Test
    void conflicting() {
        ConfigValidator v = ConfigValidators.conflicting("a", "b", "c");
        assertEquals(List.of(), errors(v, UNSET, UNSET, UNSET));
        assertEquals(List.of(), errors(v, UNSET, SET, UNSET));
        assertEquals(List.of(path("c")), errors(v, UNSET, SET, SET));
        assertEquals(List.of(), errors(v, SET, UNKNOWN, UNSET));
    }

    @Test
    void requiredTogether() {
        ConfigValidator v = ConfigValidators.requiredTogether("a", "b", "c");
        assertEquals(List.of(), errors(v, UNSET, UNSET, UNSET));
        assertEquals(List.of(), errors(v, SET, SET, SET));
        assertEquals(List.of(path("a")), errors(v, SET, UNSET, SET), "at a line the configuration has");
        assertEquals(List.of(), errors(v, SET, UNKNOWN, UNSET), "may all come together yet");
    }

    @Test
    void messagesNameTheAttributes() {
        assertEquals("Exactly one of `a`, `b` must be set.", ConfigValidators.exactlyOneOf("a", "b").description());
        assertEquals("Only one of `a`, `b` may be set.", ConfigValidators.conflicting("a", "b").description());
        assertEquals("`a`, `b` must be set together.", ConfigValidators.requiredTogether("a", "b").description());
    }
}
