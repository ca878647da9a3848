package dev.huaweidr.framework.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Navigation by {@link AttributePath}, and the depth-first walk and transform.
 *
 * <p>Navigation rules, chosen so that plan logic can compare prior, config and planned values at one path
 * without special cases:
 * <ul>
 *   <li>A step that cannot apply to the type (an attribute the object type lacks, a key into a list, an index
 *       into a map, any step into a primitive, a tuple index out of range) is a programming error:
 *       IllegalArgumentException.</li>
 *   <li>A step the type allows but the value lacks (list index out of range, absent map key, value not in
 *       the set) yields a null of the element type.</li>
 *   <li>Stepping into a null value yields a null, into an unknown value an unknown, of the step's type;
 *       for a null or unknown {@code dynamic} value that type is {@code dynamic}.</li>
 * </ul>
 */
final class ValuePaths {
    private ValuePaths() {
    }

    static Value step(Value parent, PathStep step) {
        Type childType = childType(parent.type(), step);
        Value child;
        if (parent.isNull()) {
            child = Value.nullOf(childType);
        } else if (!parent.isKnown()) {
            child = Value.unknown(childType);
        } else {
            child = knownChild(parent, step, childType);
        }
        return parent.isSensitive() ? child.sensitive() : child;
    }

    private static Type childType(Type type, PathStep step) {
        if (type.isDynamic()) {
            return Type.DYNAMIC;
        }
        if (step instanceof PathStep.AttributeName && type instanceof ObjectType) {
            return ((ObjectType) type).attributeType(((PathStep.AttributeName) step).name());
        }
        if (step instanceof PathStep.ElementKeyString && type.isMap()
                || step instanceof PathStep.ElementKeyInt && type.isList()
                || step instanceof PathStep.ElementKeyValue && type.isSet()) {
            return ((CollectionType) type).element();
        }
        if (step instanceof PathStep.ElementKeyInt && type instanceof TupleType) {
            List<Type> elements = ((TupleType) type).elements();
            long index = ((PathStep.ElementKeyInt) step).index();
            if (index >= 0 && index < elements.size()) {
                return elements.get((int) index);
            }
            throw new IllegalArgumentException("index " + index + " is out of range for " + type);
        }
        throw new IllegalArgumentException("cannot apply path step " + AttributePath.root().append(step)
                + " to " + type);
    }

    @SuppressWarnings("unchecked")
    private static Value knownChild(Value parent, PathStep step, Type childType) {
        Object payload = parent.rawPayload();
        Value found = null;
        if (step instanceof PathStep.AttributeName) {
            found = ((Map<String, Value>) payload).get(((PathStep.AttributeName) step).name());
        } else if (step instanceof PathStep.ElementKeyString) {
            found = ((Map<String, Value>) payload).get(((PathStep.ElementKeyString) step).key());
        } else if (step instanceof PathStep.ElementKeyInt) {
            List<Value> elements = (List<Value>) payload;
            long index = ((PathStep.ElementKeyInt) step).index();
            found = index >= 0 && index < elements.size() ? elements.get((int) index) : null;
        } else {
            Value wanted = ((PathStep.ElementKeyValue) step).value();
            found = ((List<Value>) payload).stream().filter(wanted::equals).findFirst().orElse(null);
        }
        return found != null ? found : Value.nullOf(childType);
    }

    static void walk(Value value, AttributePath path, BiConsumer<AttributePath, Value> visitor) {
        visitor.accept(path, value);
        children(value).forEach((step, child) -> walk(child, path.append(step), visitor));
    }

    static Value transform(Value value, AttributePath path, BiFunction<AttributePath, Value, Value> fn) {
        Map<PathStep, Value> children = children(value);
        List<Value> replaced = new ArrayList<>(children.size());
        children.forEach((step, child) -> replaced.add(transform(child, path.append(step), fn)));
        Value rebuilt = value;
        if (!sameElements(replaced, children.values())) {
            try {
                rebuilt = rebuild(value, children, replaced);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("transform at " + path + ": " + e.getMessage(), e);
            }
        }
        Value result = fn.apply(path, rebuilt);
        if (result == null) {
            throw new IllegalArgumentException("transform at " + path + " returned null (use Value.nullOf)");
        }
        return result;
    }

    private static boolean sameElements(List<Value> replaced, Collection<Value> originals) {
        Iterator<Value> original = originals.iterator();
        return replaced.stream().allMatch(v -> v == original.next());
    }

    /** The children of a known container in order, keyed by the step that reaches each. */
    private static Map<PathStep, Value> children(Value value) {
        Map<PathStep, Value> children = new LinkedHashMap<>();
        if (!value.isKnown() || value.isNull() || value.type().isPrimitive()) {
            return children;
        }
        Type type = value.type();
        if (type.isObject()) {
            value.entries().forEach((name, v) -> children.put(new PathStep.AttributeName(name), v));
        } else if (type.isMap()) {
            value.entries().forEach((key, v) -> children.put(new PathStep.ElementKeyString(key), v));
        } else if (type.isSet()) {
            value.elements().forEach(v -> children.put(new PathStep.ElementKeyValue(v), v));
        } else {
            List<Value> elements = value.elements();
            for (int i = 0; i < elements.size(); i++) {
                children.put(new PathStep.ElementKeyInt(i), elements.get(i));
            }
        }
        return children;
    }

    private static Value rebuild(Value original, Map<PathStep, Value> children, List<Value> replaced) {
        Type type = original.type();
        Value rebuilt;
        if (type.isObject() || type.isMap()) {
            Map<String, Value> entries = new LinkedHashMap<>();
            int i = 0;
            for (PathStep step : children.keySet()) {
                String key = step instanceof PathStep.AttributeName ? ((PathStep.AttributeName) step).name()
                        : ((PathStep.ElementKeyString) step).key();
                entries.put(key, replaced.get(i++));
            }
            rebuilt = type.isObject() ? Value.object((ObjectType) type, entries)
                    : Value.map(((MapType) type).element(), entries);
        } else if (type.isList()) {
            rebuilt = Value.list(((ListType) type).element(), replaced);
        } else if (type.isSet()) {
            rebuilt = Value.set(((SetType) type).element(), replaced);
        } else {
            rebuilt = Value.tuple((TupleType) type, replaced);
        }
        return original.isSensitive() ? rebuilt.sensitive() : rebuilt;
    }
}
