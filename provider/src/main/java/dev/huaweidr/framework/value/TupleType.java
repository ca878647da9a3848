package dev.huaweidr.framework.value;

import java.util.List;
import java.util.StringJoiner;

/** {@code tuple([type,...])}: a fixed-length sequence whose elements each have their own type. */
public record TupleType(List<Type> elements) implements Type {
    public TupleType {
        elements = List.copyOf(elements);
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(",", "tuple([", "])");
        elements.forEach(type -> joiner.add(type.toString()));
        return joiner.toString();
    }
}
