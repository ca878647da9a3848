package dev.huaweidr.framework.model;

import dev.huaweidr.framework.value.ListType;
import dev.huaweidr.framework.value.MapType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.SetType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps object values to Java records and back, so a resource can describe its data as a record whose
 * components are the schema's attributes in camelCase ({@code instanceId} for {@code instance_id}).
 *
 * <p>Component types: {@code String}, {@code Boolean}, {@code Long}, {@code Integer}, {@code BigDecimal},
 * {@code List}, {@code Set}, {@code Map<String, ?>}, nested records, and {@link Value} for the raw value
 * (the only way to tell an unknown from a null). Null and unknown values both read as Java null.
 */
public final class Models {
    private Models() {
    }

    public static <T extends Record> T read(Value object, Class<T> type) {
        if (object.isNull() || !object.isKnown()) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        ObjectType objectType = (ObjectType) object.type();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String where = type.getSimpleName() + "." + components[i].getName();
            String attribute = Names.snake(components[i].getName());
            if (!objectType.hasAttribute(attribute)) {
                throw new IllegalStateException(where + " has no attribute \"" + attribute + "\" to read from");
            }
            try {
                args[i] = fromValue(object.attr(attribute), components[i].getGenericType());
            } catch (ArithmeticException e) {
                throw new IllegalStateException(where + ": attribute \"" + attribute + "\" is not a whole number in "
                        + components[i].getType().getSimpleName() + " range", e);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(where + ": attribute \"" + attribute + "\": " + e.getMessage(), e);
            }
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
        }
    }

    /** The record as an object of {@code type}; every attribute of the type must be a component. */
    public static Value write(Record model, ObjectType type) {
        if (model == null) {
            return Value.nullOf(type);
        }
        Map<String, RecordComponent> byAttribute = new LinkedHashMap<>();
        for (RecordComponent component : model.getClass().getRecordComponents()) {
            byAttribute.put(Names.snake(component.getName()), component);
        }
        List<String> missing = new ArrayList<>(new TreeSet<>(type.attributes().keySet()));
        missing.removeAll(byAttribute.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(model.getClass().getSimpleName() + " has no component for the attributes "
                    + missing + " (components are their camelCase names)");
        }
        Map<String, Value> attributes = new LinkedHashMap<>();
        type.attributes().forEach((name, attributeType) ->
                attributes.put(name, toValue(get(byAttribute.get(name), model), attributeType)));
        return Value.object(type, attributes);
    }

    private static Object fromValue(Value value, java.lang.reflect.Type javaType) {
        Class<?> raw = rawClass(javaType);
        if (raw == Value.class) {
            return value;
        }
        if (value.isNull() || !value.isKnown()) {
            return null;
        }
        if (raw == String.class) {
            return value.asString();
        }
        if (raw == Boolean.class) {
            return value.asBool();
        }
        if (raw == Long.class) {
            return value.asNumber().longValueExact();
        }
        if (raw == Integer.class) {
            return value.asNumber().intValueExact();
        }
        if (raw == BigDecimal.class) {
            return value.asNumber();
        }
        if (raw == List.class || raw == Set.class) {
            java.lang.reflect.Type element = typeArgument(javaType, 0);
            // Terraform collections may hold nulls, which List.copyOf and Set.copyOf refuse.
            if (raw == List.class) {
                List<Object> out = new ArrayList<>();
                value.elements().forEach(e -> out.add(fromValue(e, element)));
                return Collections.unmodifiableList(out);
            }
            Set<Object> out = new LinkedHashSet<>();
            value.elements().forEach(e -> out.add(fromValue(e, element)));
            return Collections.unmodifiableSet(out);
        }
        if (raw == Map.class) {
            java.lang.reflect.Type element = typeArgument(javaType, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            value.entries().forEach((k, v) -> out.put(k, fromValue(v, element)));
            return Collections.unmodifiableMap(out);
        }
        if (raw.isRecord()) {
            return read(value, raw.asSubclass(Record.class));
        }
        throw new IllegalStateException("unsupported model type " + javaType);
    }

    private static Value toValue(Object object, Type type) {
        if (object instanceof Value) {
            return (Value) object;
        }
        if (object == null) {
            return Value.nullOf(type);
        }
        if (object instanceof String) {
            return Value.string((String) object);
        }
        if (object instanceof Boolean) {
            return Value.bool((Boolean) object);
        }
        if (object instanceof Long || object instanceof Integer) {
            return Value.number(((Number) object).longValue());
        }
        if (object instanceof BigDecimal) {
            return Value.number((BigDecimal) object);
        }
        if (object instanceof Record) {
            return write((Record) object, (ObjectType) type);
        }
        if (object instanceof Map) {
            Type element = ((MapType) type).element();
            Map<String, Value> out = new LinkedHashMap<>();
            ((Map<?, ?>) object).forEach((k, v) -> out.put((String) k, toValue(v, element)));
            return Value.map(element, out);
        }
        if (object instanceof Collection && type instanceof SetType) {
            Type element = ((SetType) type).element();
            return Value.set(element, ((Collection<?>) object).stream().map(e -> toValue(e, element)).toList());
        }
        if (object instanceof Collection) {
            Type element = ((ListType) type).element();
            return Value.list(element, ((Collection<?>) object).stream().map(e -> toValue(e, element)).toList());
        }
        throw new IllegalStateException("unsupported model value " + object.getClass().getName());
    }

    private static Object get(RecordComponent component, Record model) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(model);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Class<?> rawClass(java.lang.reflect.Type type) {
        return type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    }

    private static java.lang.reflect.Type typeArgument(java.lang.reflect.Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
