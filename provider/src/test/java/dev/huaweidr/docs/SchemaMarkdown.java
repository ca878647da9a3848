package dev.huaweidr.docs;

import dev.huaweidr.framework.resource.IdentitySchema;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidator;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.PlanModifier;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A schema as Markdown, everything said by the schema objects themselves: each attribute's type, flags and
 * description, followed by what its validators, default and plan modifiers say; the schema's rules across
 * attributes; nested blocks and attributes in sections of their own, linked from their parent.
 */
final class SchemaMarkdown {
    private final StringBuilder out = new StringBuilder();
    private final List<Nested> pending = new ArrayList<>();

    private SchemaMarkdown() {
    }

    /** The {@code ## Schema} part of a page. */
    static String of(Schema schema) {
        SchemaMarkdown md = new SchemaMarkdown();
        md.out.append("## Schema\n");
        md.block(schema.block(), "", "###");
        List<String> rules = schema.configValidators().stream().map(ConfigValidator::description).toList();
        md.list("### Rules", rules);
        md.nestedSections();
        return md.out.toString();
    }

    /** The identity attributes, as an import block or {@code terraform query} gives them. */
    static String identity(IdentitySchema identity) {
        SchemaMarkdown md = new SchemaMarkdown();
        md.list("### Identity: required", identityLines(identity, true));
        md.list("### Identity: optional", identityLines(identity, false));
        return md.out.toString();
    }

    private static List<String> identityLines(IdentitySchema identity, boolean required) {
        return identity.attributes().stream().filter(a -> a.requiredForImport() == required)
                .map(a -> "`" + a.name() + "` (`" + a.type() + "`) " + a.description()).toList();
    }

    private void block(Block block, String anchor, String heading) {
        list(heading + " Required", lines(block, anchor, Attribute::isRequired, b -> b.minItems() > 0));
        list(heading + " Optional", lines(block, anchor, Attribute::isOptional, b -> b.minItems() == 0));
        list(heading + " Read-only", lines(block, anchor, a -> a.isComputed() && !a.isOptional(), b -> false));
    }

    private List<String> lines(Block block, String anchor, Predicate<Attribute> attributes,
            Predicate<NestedBlock> blocks) {
        List<String> lines = new ArrayList<>();
        block.attributes().stream().filter(attributes).forEach(a -> lines.add(attribute(a, anchor)));
        block.blocks().stream().filter(blocks).forEach(b -> lines.add(nestedBlock(b, anchor)));
        return lines;
    }

    private String attribute(Attribute a, String anchor) {
        List<String> flags = new ArrayList<>();
        flags.add(a.nested() != null ? nesting(a.nested().nesting(), "attributes") : "`" + a.type() + "`");
        if (a.isSensitive()) {
            flags.add("sensitive");
        }
        if (a.isWriteOnly()) {
            flags.add("write-only");
        }
        List<String> text = new ArrayList<>();
        text.add(a.description());
        a.validators().stream().map(Validator::description).forEach(text::add);
        if (a.defaultValue() != null) {
            text.add("Defaults to `" + a.defaultValue() + "`.");
        }
        a.planModifiers().stream().map(PlanModifier::description).forEach(text::add);
        if (a.deprecationMessage() != null) {
            text.add("**Deprecated:** " + a.deprecationMessage());
        }
        if (a.nested() != null) {
            text.add(link(a.name(), anchor, a.nested().asBlock()));
        }
        return item(a.name(), flags, text);
    }

    private String nestedBlock(NestedBlock b, String anchor) {
        List<String> flags = new ArrayList<>(List.of(nesting(b.nesting(), "block")));
        if (b.maxItems() > 0) {
            flags.add(b.minItems() == b.maxItems() ? "exactly " + b.minItems() : "at most " + b.maxItems());
        } else if (b.minItems() > 0) {
            flags.add("at least " + b.minItems());
        }
        List<String> text = new ArrayList<>(List.of(b.block().description()));
        if (b.block().deprecationMessage() != null) {
            text.add("**Deprecated:** " + b.block().deprecationMessage());
        }
        text.add(link(b.typeName(), anchor, b.block()));
        return item(b.typeName(), flags, text);
    }

    /** Queues the nested section and returns the link to it. */
    private String link(String name, String parent, Block block) {
        String anchor = parent + "--" + name;
        pending.add(new Nested(anchor, parent.isEmpty() ? name : path(parent) + "." + name, block));
        return "See [below](#nested" + anchor + ").";
    }

    private void nestedSections() {
        for (int i = 0; i < pending.size(); i++) {
            Nested nested = pending.get(i);
            out.append("\n<a id=\"nested").append(nested.anchor()).append("\"></a>\n");
            out.append("### Nested schema for `").append(nested.path()).append("`\n");
            block(nested.block(), nested.anchor(), "####");
        }
    }

    private void list(String heading, List<String> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(heading).append("\n\n");
            items.forEach(line -> out.append("- ").append(line).append('\n'));
        }
    }

    private static String item(String name, List<String> flags, List<String> text) {
        String sentences = text.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return "`" + name + "` (" + String.join(", ", flags) + ")" + (sentences.isEmpty() ? "" : " " + sentences);
    }

    private static String nesting(NestingMode mode, String what) {
        switch (mode) {
            case LIST:
                return "list of " + what;
            case SET:
                return "set of " + what;
            case MAP:
                return "map of " + what;
            default:
                return what;
        }
    }

    private static String path(String anchor) {
        return anchor.substring(2).replace("--", ".");
    }

    private record Nested(String anchor, String path, Block block) {
    }
}
