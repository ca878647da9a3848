package dev.huaweidr.framework.server;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.value.Value;

/**
 * Turns a state into the configuration that would produce it: what only the provider computes is left
 * out, as are write-only and sensitive values and values equal to their default, at any depth, so the
 * generated file is valid and reads like one a person would write. Terraform writes every sensitive
 * attribute as {@code null # sensitive} whatever it is given, so a secret is never sent for it; a schema
 * must therefore accept a configuration without its secrets, e.g. for an imported object.
 */
final class GeneratedConfig {
    private GeneratedConfig() {
    }

    static Value from(Block block, Value state) {
        return state.transform((path, v) -> block.attributeAt(path)
                .filter(a -> isComputedOnly(a) || a.isWriteOnly() || a.isSensitive()
                        || v.equals(a.defaultValue()))
                .map(a -> Value.nullOf(v.type()))
                .orElse(v));
    }

    private static boolean isComputedOnly(Attribute attribute) {
        return attribute.isComputed() && !attribute.isOptional();
    }
}
