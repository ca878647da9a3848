package dev.huaweidr.framework.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits inside another, e.g. {@code primary.instance_id}, {@code tags["env"]} or {@code rules[0]}.
 * Immutable and value-equal; every "builder" method returns a new path.
 */
public final class AttributePath {
    private static final AttributePath ROOT = new AttributePath(List.of());

    private final List<PathStep> steps;

    private AttributePath(List<PathStep> steps) {
        this.steps = steps;
    }

    public static AttributePath root() {
        return ROOT;
    }

    public static AttributePath of(List<PathStep> steps) {
        return steps.isEmpty() ? ROOT : new AttributePath(List.copyOf(steps));
    }

    public AttributePath append(PathStep step) {
        List<PathStep> longer = new ArrayList<>(steps.size() + 1);
        longer.addAll(steps);
        longer.add(step);
        return new AttributePath(List.copyOf(longer));
    }

    public AttributePath attr(String name) {
        return append(new PathStep.AttributeName(name));
    }

    public AttributePath key(String key) {
        return append(new PathStep.ElementKeyString(key));
    }

    public AttributePath index(long index) {
        return append(new PathStep.ElementKeyInt(index));
    }

    public AttributePath setElement(Value element) {
        return append(new PathStep.ElementKeyValue(element));
    }

    public List<PathStep> steps() {
        return steps;
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** The path without its last step; IllegalStateException for the root. */
    public AttributePath parent() {
        return of(steps.subList(0, size() - 1));
    }

    /** The last step; IllegalStateException for the root. */
    public PathStep lastStep() {
        return steps.get(size() - 1);
    }

    public boolean startsWith(AttributePath prefix) {
        return prefix.steps.size() <= steps.size() && steps.subList(0, prefix.steps.size()).equals(prefix.steps);
    }

    /**
     * The longest prefix Terraform can address: everything before the first set-element step. This is what a
     * diagnostic may carry, as terraform-plugin-go does for paths into sets.
     */
    public AttributePath addressablePrefix() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof PathStep.ElementKeyValue) {
                return of(steps.subList(0, i));
            }
        }
        return this;
    }

    private int size() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("the root path has no parent or last step");
        }
        return steps.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributePath && ((AttributePath) o).steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    /**
     * Terraform's notation: {@code a.b["key"][0]}; a set element prints as {@code [Value(<element>)]}, or as
     * {@code [*]} when it stands for an element not yet known. The root prints as the empty string.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (PathStep step : steps) {
            if (step instanceof PathStep.AttributeName) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(((PathStep.AttributeName) step).name());
            } else if (step instanceof PathStep.ElementKeyString) {
                out.append('[');
                ValueText.quote(((PathStep.ElementKeyString) step).key(), out);
                out.append(']');
            } else if (step instanceof PathStep.ElementKeyInt) {
                out.append('[').append(((PathStep.ElementKeyInt) step).index()).append(']');
            } else {
                Value element = ((PathStep.ElementKeyValue) step).value();
                // An unknown key stands for "some element", as cty uses it when decoding sets.
                out.append(element.isKnown() ? "[Value(" + element + ")]" : "[*]");
            }
        }
        return out.toString();
    }
}
