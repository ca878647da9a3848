package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.Type;

/**
 * A nested block type such as {@code timeouts { ... }}. Block collections are never null in a plan: zero
 * LIST, SET or MAP blocks are an empty collection.
 */
public record NestedBlock(String typeName, NestingMode nesting, Block block, int minItems, int maxItems) {
    public NestedBlock {
        if (!typeName.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("block type name must match [a-z0-9_]+: " + typeName);
        }
        if (nesting == NestingMode.SINGLE && (minItems > 1 || maxItems > 1)) {
            throw new IllegalArgumentException("a SINGLE block holds at most one object: " + typeName);
        }
    }

    public static NestedBlock single(String typeName, Block block) {
        return new NestedBlock(typeName, NestingMode.SINGLE, block, 0, 0);
    }

    public static NestedBlock list(String typeName, Block block) {
        return new NestedBlock(typeName, NestingMode.LIST, block, 0, 0);
    }

    public static NestedBlock set(String typeName, Block block) {
        return new NestedBlock(typeName, NestingMode.SET, block, 0, 0);
    }

    public NestedBlock items(int min, int max) {
        return new NestedBlock(typeName, nesting, block, min, max);
    }

    Type type() {
        return Schema.wrap(nesting, block.impliedType());
    }
}
