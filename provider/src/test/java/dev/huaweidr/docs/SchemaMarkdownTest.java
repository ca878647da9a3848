package dev.huaweidr.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidators;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.RequiresReplace;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validators;
import dev.huaweidr.framework.value.Value;
import org.junit.jupiter.api.Test;

/** What a schema says about itself reaches its page: types, flags, checks, defaults, plan rules, nesting. */
class SchemaMarkdownTest {
    private static final NestedBlock PEER = NestedBlock.single("peer",
            Block.of(Attribute.string("host").required().description("Where.")).description("The other side."))
            .items(1, 1);
    private static final String PAGE = SchemaMarkdown.of(Schema.of(Block.of(
            Attribute.string("name").required().validators(Validators.lengthBetween(1, 8))
                    .planModifiers(RequiresReplace.always()).description("What it is called."),
            Attribute.string("secret").optional().sensitive().writeOnly().description("Never stored."),
            Attribute.string("mode").defaultValue(Value.string("fast")).description("How."),
            Attribute.string("id").computed().description("Given by the cloud."))
            .withBlocks(PEER))
            .configValidators(ConfigValidators.conflicting("secret", "mode")));

    private static void contains(String expected) {
        assertTrue(PAGE.contains(expected), "expected\n" + expected + "\nin\n" + PAGE);
    }

    @Test
    void attributesAreGroupedAndSayEverythingTheirSchemaKnows() {
        contains("### Required\n\n- `name` (`string`) What it is called. Must be between 1 and 8 characters long. "
                + "Changing this value replaces the resource.\n- `peer` (block, exactly 1) The other side. "
                + "See [below](#nested--peer).");
        contains("### Optional\n\n- `secret` (`string`, sensitive, write-only) Never stored.\n"
                + "- `mode` (`string`) How. Defaults to `\"fast\"`.");
        contains("### Read-only\n\n- `id` (`string`) Given by the cloud.");
        contains("### Rules\n\n- Only one of `secret`, `mode` may be set.");
    }

    @Test
    void nestedBlocksHaveASectionOfTheirOwn() {
        contains("<a id=\"nested--peer\"></a>\n### Nested schema for `peer`\n\n"
                + "#### Required\n\n- `host` (`string`) Where.");
    }
}
