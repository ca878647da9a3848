package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
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

    /** Write-only values never leave the provider: every state and plan holds them as null, at any depth. */
    static Value nullWriteOnly(Block block, Value value) {
        return value.transform((path, v) -> block.attributeAt(path).filter(Attribute::isWriteOnly).isPresent()
                ? Value.nullOf(v.type()) : v);
    }

    /**
     * A value of the schema's type, or else an error and {@code fallback}: no other type can be sent to
     * Terraform (the encoder would fail the whole call).
     */
    static Value requireType(String what, Value value, ObjectType type, Value fallback, Diagnostics diagnostics) {
        if (value.type().equals(type)) {
            return value;
        }
        diagnostics.error("Provider produced an invalid object", what + " produced a value of type " + value.type()
                + " instead of " + type + ". This is a bug in huaweidr.");
        return fallback;
    }

    /**
     * A state after apply or read must be wholly known: unknowns are replaced by null, which is what
     * Terraform would store. They are reported by path unless the operation failed anyway; a failed create
     * naturally leaves the parts it never reached unknown.
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
        if (!diagnostics.hasErrors()) {
            diagnostics.error("Provider returned unknown values",
                    what + " left these attributes unknown: " + String.join(", ", paths)
                            + ". This is a bug in huaweidr; the values were stored as null.");
        }
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

    /** Compares down to the unknowns: objects by attribute, lists by index, maps by key, the rest whole. */
    private static void compare(AttributePath path, Value planned, Value actual, List<String> differing) {
        if (!planned.isKnown()) {
            return;
        }
        if (planned.isWhollyKnown() || planned.isNull() || actual.isNull() || !actual.isKnown()) {
            if (!planned.equals(actual)) {
                differing.add(path.toString());
            }
            return;
        }
        if (planned.type().isObject()) {
            planned.entries().forEach((name, v) -> compare(path.attr(name), v, actual.attr(name), differing));
        } else if (planned.type().isMap() && planned.entries().keySet().equals(actual.entries().keySet())) {
            for (Map.Entry<String, Value> e : planned.entries().entrySet()) {
                compare(path.key(e.getKey()), e.getValue(), actual.entries().get(e.getKey()), differing);
            }
        } else if ((planned.type().isList() || planned.type().isTuple())
                && planned.elements().size() == actual.elements().size()) {
            for (int i = 0; i < planned.elements().size(); i++) {
                compare(path.index(i), planned.elements().get(i), actual.elements().get(i), differing);
            }
        } else if (!planned.type().isSet() || actual.elements().size() > planned.elements().size()) {
            // A map's keys or a list's length changed, or a set grew. Set elements holding unknowns cannot be
            // paired with the result's; equal ones may merge, so a set may shrink (Terraform's rule too).
            differing.add(path.toString());
        }
    }
}
