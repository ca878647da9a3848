package dev.huaweidr.framework.value;

import java.util.Objects;

/** {@code map(element)}. */
public record MapType(Type element) implements CollectionType {
    public MapType {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String toString() {
        return "map(" + element + ")";
    }
}
