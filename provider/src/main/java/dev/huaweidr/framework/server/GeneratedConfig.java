package dev.huaweidr.framework.server;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.value.Value;

/**
 * Turns a state into the configuration that would produce it: what only the provider computes is left
 * out, as are values equal to their default, so the generated file reads like one a person would write.
 */
final class GeneratedConfig {
    private GeneratedConfig() {
    }

    static Value from(Block block, Value state) {
        if (state.isNull()) {
            return state;
        }
        Value config = state;
        for (Attribute attribute : block.attributes()) {
            Value value = state.attr(attribute.name());
            boolean computedOnly = attribute.isComputed() && !attribute.isOptional();
            boolean isDefault = attribute.defaultValue() != null && attribute.defaultValue().equals(value);
            if (computedOnly || isDefault || attribute.isWriteOnly()) {
                config = config.withAttr(attribute.name(), Value.nullOf(attribute.valueType()));
            }
        }
        for (NestedBlock nested : block.blocks()) {
            Value value = state.attr(nested.typeName());
            if (nested.nesting() == dev.huaweidr.framework.schema.NestingMode.SINGLE && !value.isNull()) {
                config = config.withAttr(nested.typeName(), from(nested.block(), value));
            }
        }
        return config;
    }
}
