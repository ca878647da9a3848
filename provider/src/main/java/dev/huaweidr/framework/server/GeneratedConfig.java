package dev.huaweidr.framework.server;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.value.Value;

/**
 * Turns a state into the configuration that would produce it: what only the provider computes is left
 * out, as are write-only values and values equal to their default, at any depth, so the generated file
 * is valid and reads like one a person would write.
 */
final class GeneratedConfig {
    private GeneratedConfig() {
    }

    static Value from(Block block, Value state) {
        return state.transform((path, v) -> block.attributeAt(path)
                .filter(a -> isComputedOnly(a) || a.isWriteOnly() || v.equals(a.defaultValue()))
                .map(a -> Value.nullOf(v.type()))
                .orElse(v));
    }

    private static boolean isComputedOnly(Attribute attribute) {
        return attribute.isComputed() && !attribute.isOptional();
    }
}
