package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import java.util.List;

/** The object type of a nested attribute (Terraform's {@code Schema.Object}), with its nesting. */
public record NestedAttributes(NestingMode nesting, List<Attribute> attributes) {
    public NestedAttributes {
        if (nesting == NestingMode.GROUP) {
            throw new IllegalArgumentException("nested attributes cannot use GROUP nesting");
        }
        attributes = List.copyOf(attributes);
    }

    /** The nested attributes as a block, to walk them as one. */
    public Block asBlock() {
        return Block.of(attributes.toArray(Attribute[]::new));
    }

    ObjectType objectType() {
        return Attribute.objectTypeOf(attributes);
    }

    /** The attribute's type as values are encoded: the object, or a collection of it. */
    Type type() {
        return Schema.wrap(nesting, objectType());
    }
}
