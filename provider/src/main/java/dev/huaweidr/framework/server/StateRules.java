package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules Terraform enforces on what a provider returns, checked here first so that a provider bug
 * surfaces as a clear diagnostic naming the attribute, not as Terraform's "produced an invalid object".
 */
final class StateRules {
    private StateRules() {
    }

    /** Write-only values never leave the provider: every state and plan holds them as null. */
    static Value nullWriteOnly(Block block, Value value) {
        if (value.isNull() || !value.isKnown()) {
            return value;
        }
        Value out = value;
        for (Attribute attribute : block.attributes()) {
            if (attribute.isWriteOnly()) {
                out = out.withAttr(attribute.name(), Value.nullOf(attribute.valueType()));
            } else if (attribute.nested() != null && attribute.nested().nesting() == dev.huaweidr.framework.schema.NestingMode.SINGLE) {
                out = out.withAttr(attribute.name(), nullWriteOnly(attribute.nested().asBlock(), out.attr(attribute.name())));
            }
        }
        for (NestedBlock nested : block.blocks()) {
            if (nested.nesting() == dev.huaweidr.framework.schema.NestingMode.SINGLE) {
                out = out.withAttr(nested.typeName(), nullWriteOnly(nested.block(), out.attr(nested.typeName())));
            }
        }
        return out;
    }

    /**
     * A state after apply or read must be wholly known. Unknowns are reported by path and replaced by null,
     * which is what Terraform would store.
     */
    static Value requireKnown(String what, Value state, Diagnostics diagnostics) {
        if (state.isWhollyKnown()) {
            return state;
        }
        List<String> paths = new ArrayList<>();
        Value known = state.transform((path, v) -> {
            if (!v.isKnown()) {
                paths.add(path.toString());
                return Value.nullOf(v.type());
            }
            return v;
        });
        diagnostics.error("Provider returned unknown values",
                what + " left these attributes unknown: " + String.join(", ", paths)
                        + ". This is a bug in huaweidr; the values were stored as null.");
        return known;
    }

    /** Every value known in the plan must come back exactly as planned. */
    static void requireMatchesPlan(String what, Value planned, Value actual, Diagnostics diagnostics) {
        List<String> differing = new ArrayList<>();
        compare(AttributePath.root(), planned, actual, differing);
        if (!differing.isEmpty()) {
            diagnostics.error("Provider produced an inconsistent result",
                    what + " returned values that differ from the plan at: " + String.join(", ", differing)
                            + ". This is a bug in huaweidr.");
        }
    }

    private static void compare(AttributePath path, Value planned, Value actual, List<String> differing) {
        if (!planned.isKnown()) {
            return;
        }
        if (planned.isNull() || actual.isNull() || !actual.isKnown()) {
            if (!planned.equals(actual)) {
                differing.add(path.toString());
            }
            return;
        }
        if (planned.type() instanceof ObjectType) {
            for (Map.Entry<String, Value> e : planned.entries().entrySet()) {
                compare(path.attr(e.getKey()), e.getValue(), actual.attr(e.getKey()), differing);
            }
        } else if (planned.isWhollyKnown() && !planned.equals(actual)) {
            differing.add(path.toString());
        }
    }
}
