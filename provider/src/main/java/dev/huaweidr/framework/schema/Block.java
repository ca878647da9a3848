package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.PathStep;
import dev.huaweidr.framework.value.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A configuration block: attributes and nested block types, with a Markdown description. */
public record Block(List<Attribute> attributes, List<NestedBlock> blocks, String description,
        String deprecationMessage) {
    public Block {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
        List<String> names = new ArrayList<>();
        attributes.forEach(a -> names.add(a.name()));
        blocks.forEach(b -> names.add(b.typeName()));
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("attribute and block names must be unique: " + names);
        }
    }

    public static Block of(Attribute... attributes) {
        return new Block(List.of(attributes), List.of(), "", null);
    }

    public Block withBlocks(NestedBlock... blocks) {
        return new Block(attributes, List.of(blocks), description, deprecationMessage);
    }

    public Block description(String markdown) {
        return new Block(attributes, blocks, markdown, deprecationMessage);
    }

    public Block deprecated(String message) {
        return new Block(attributes, blocks, description, message);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<NestedBlock> block(String typeName) {
        return blocks.stream().filter(b -> b.typeName().equals(typeName)).findFirst();
    }

    /**
     * The attribute a value path leads to, through nested attributes and nested blocks (element steps are
     * passed over); empty when the path ends at a block, an element, or nowhere in this schema.
     */
    public Optional<Attribute> attributeAt(AttributePath path) {
        Block current = this;
        Attribute found = null;
        for (PathStep step : path.steps()) {
            if (!(step instanceof PathStep.AttributeName)) {
                continue;
            }
            if (current == null) {
                return Optional.empty();
            }
            String name = ((PathStep.AttributeName) step).name();
            found = current.attribute(name).orElse(null);
            if (found != null) {
                current = found.nested() == null ? null : found.nested().asBlock();
            } else {
                current = current.block(name).map(NestedBlock::block).orElse(null);
            }
        }
        return path.isRoot() || !(path.lastStep() instanceof PathStep.AttributeName)
                ? Optional.empty() : Optional.ofNullable(found);
    }

    /** The object type values of this block are encoded against (protocol spec §3.1). */
    public ObjectType impliedType() {
        Map<String, Type> types = new LinkedHashMap<>();
        attributes.forEach(a -> types.put(a.name(), a.valueType()));
        blocks.forEach(b -> types.put(b.typeName(), b.type()));
        return Type.object(types);
    }
}
