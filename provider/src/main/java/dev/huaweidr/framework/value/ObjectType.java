package dev.huaweidr.framework.value;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code object({name=type,...})}. Attributes are kept sorted by name. {@code optional} names the attributes
 * a type constraint lets configuration omit; schemas never use it, and values must still hold every attribute.
 */
public record ObjectType(Map<String, Type> attributes, Set<String> optional) implements Type {
    public ObjectType {
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        attributes.forEach((name, type) -> Objects.requireNonNull(type, () -> "type of attribute " + name));
        optional = Collections.unmodifiableSortedSet(new TreeSet<>(optional));
        for (String name : optional) {
            if (!attributes.containsKey(name)) {
                throw new IllegalArgumentException("optional attribute \"" + name + "\" is not an attribute");
            }
        }
    }

    public boolean hasAttribute(String name) {
        return attributes.containsKey(name);
    }

    /** The attribute's type; IllegalArgumentException if there is no such attribute. */
    public Type attributeType(String name) {
        Type type = attributes.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no attribute \"" + name + "\" in " + this);
        }
        return type;
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(",", "object({", "})");
        attributes.forEach((name, type) ->
                joiner.add(name + "=" + (optional.contains(name) ? "optional(" + type + ")" : type)));
        return joiner.toString();
    }
}
