package dev.huaweidr.framework.server;

import static dev.huaweidr.framework.TestValues.list;
import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.path;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.framework.TestValues.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Terraform without write-only attributes (before 1.11) is told at the attribute what to do instead. */
class WriteOnlyRequirementTest {
    private static final String SECRET = "n0t-in-any-message";

    private final Schema schema = Schema.of(Block.of(
            Attribute.string("password_wo").optional().sensitive().writeOnly("password"),
            Attribute.string("password").optional().sensitive(),
            Attribute.string("name").optional())
            .withBlocks(NestedBlock.list("peer", Block.of(Attribute.string("key_wo").optional().writeOnly()))));
    private final ObjectType type = schema.type();
    private final ObjectType peer = (ObjectType) ((CollectionType) type.attributeType("peer")).element();
    private final Value empty = object(type, "peer", Value.list(peer, List.of()));

    private List<Diagnostic> validate(Value config, boolean writeOnlyAllowed) {
        return new FakeResource(schema).server().validate(config, writeOnlyAllowed).all();
    }

    @Test
    void aWriteOnlyValueIsAnErrorAtItsAttributeNamingTheVersionAndTheAlternative() {
        List<Diagnostic> diagnostics = validate(with(empty, "password_wo", str(SECRET)), false);
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        Diagnostic error = diagnostics.get(0);
        assertTrue(error.isError());
        assertEquals(path("password_wo"), error.path());
        assertEquals("Write-only attribute needs Terraform 1.11", error.summary());
        assertTrue(error.detail().contains("Set `password` instead"), error.detail());
        assertFalse(error.toString().contains(SECRET), "the value is never quoted");
    }

    @Test
    void anUnknownValueIsRefusedToo() {
        assertEquals(List.of(path("password_wo")),
                validate(with(empty, "password_wo", Value.unknown(Type.STRING)), false).stream()
                        .map(Diagnostic::path).toList());
    }

    @Test
    void nestedWriteOnlyAttributesAreFoundWhereTheyAre() {
        Value config = with(empty, "peer", list(peer, object(peer, "key_wo", Value.nullOf(Type.STRING)),
                object(peer, "key_wo", str(SECRET))));
        List<Diagnostic> diagnostics = validate(config, false);
        assertEquals(List.of(path("peer[1].key_wo")), diagnostics.stream().map(Diagnostic::path).toList());
        assertTrue(diagnostics.get(0).detail().contains("Remove it, or upgrade Terraform to 1.11"),
                "no alternative to name: " + diagnostics.get(0).detail());
    }

    @Test
    void withoutWriteOnlyValuesOrWithATerraformThatHasThemNothingIsSaid() {
        assertEquals(List.of(), validate(with(empty, "password", str(SECRET), "name", str("x")), false));
        assertEquals(List.of(), validate(with(empty, "password_wo", str(SECRET)), true));
    }
}
