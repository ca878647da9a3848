package dev.huaweidr.framework.value;

import java.util.Objects;

/** {@code set(element)}. */
public record SetType(Type element) implements CollectionType {
    public SetType {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String toString() {
        return "set(" + element + ")";
    }
}
