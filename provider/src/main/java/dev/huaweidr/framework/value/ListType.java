package dev.huaweidr.framework.value;

import java.util.Objects;

/** {@code list(element)}. */
public record ListType(Type element) implements CollectionType {
    public ListType {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String toString() {
        return "list(" + element + ")";
    }
}
