package dev.huaweidr.framework.value;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cty type: what Terraform calls a type constraint. Types compare structurally, and {@link #toString()}
 * prints Terraform's type syntax, e.g. {@code list(string)} or {@code object({a=string})}.
 */
public sealed interface Type permits PrimitiveType, DynamicType, CollectionType, ObjectType, TupleType {

    // The single instances are created here rather than in their own classes: a class that creates its
    // instances in its own static initialiser would see this interface's fields still null whenever it
    // happens to be initialised first (an interface with default methods is initialised with its class).
    PrimitiveType STRING = new PrimitiveType("string");
    PrimitiveType NUMBER = new PrimitiveType("number");
    PrimitiveType BOOL = new PrimitiveType("bool");
    /** The dynamic pseudo-type ({@code any}): the concrete type travels with each value. */
    DynamicType DYNAMIC = new DynamicType();

    static ListType list(Type element) {
        return new ListType(element);
    }

    static SetType set(Type element) {
        return new SetType(element);
    }

    static MapType map(Type element) {
        return new MapType(element);
    }

    static ObjectType object(Map<String, Type> attributes) {
        return new ObjectType(attributes, Set.of());
    }

    /** An object type constraint whose {@code optional} attributes may be omitted in configuration. */
    static ObjectType object(Map<String, Type> attributes, Set<String> optional) {
        return new ObjectType(attributes, optional);
    }

    static TupleType tuple(List<Type> elements) {
        return new TupleType(elements);
    }

    default boolean isPrimitive() {
        return this instanceof PrimitiveType;
    }

    default boolean isDynamic() {
        return this instanceof DynamicType;
    }

    /** List, set or map: types with a single element type. */
    default boolean isCollection() {
        return this instanceof CollectionType;
    }

    default boolean isList() {
        return this instanceof ListType;
    }

    default boolean isSet() {
        return this instanceof SetType;
    }

    default boolean isMap() {
        return this instanceof MapType;
    }

    default boolean isObject() {
        return this instanceof ObjectType;
    }

    default boolean isTuple() {
        return this instanceof TupleType;
    }
}
