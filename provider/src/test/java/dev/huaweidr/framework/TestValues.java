package dev.huaweidr.framework;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write the values the framework tests feed in. */
public final class TestValues {
    private TestValues() {
    }

    /** An object of {@code type}: the named attributes as given, every other attribute null. */
    public static Value object(ObjectType type, Object... namesAndValues) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        type.attributes().forEach((name, t) -> attributes.put(name, Value.nullOf(t)));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        }
        return Value.object(type, attributes);
    }

    /** A copy of {@code object} with the named attributes replaced. */
    public static Value with(Value object, Object... namesAndValues) {
        Value out = object;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out = out.withAttr((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        }
        return out;
    }

    public static Value str(String s) {
        return Value.string(s);
    }

    public static Value num(long n) {
        return Value.number(n);
    }

    public static Value list(Type element, Value... elements) {
        return Value.list(element, List.of(elements));
    }

    public static Value map(Type element, Object... keysAndValues) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        }
        return Value.map(element, entries);
    }

    /** A path in Terraform's notation, limited to attribute names and list indexes: {@code rules[1].x}. */
    public static AttributePath path(String text) {
        AttributePath path = AttributePath.root();
        for (String part : text.split("\\.")) {
            int bracket = part.indexOf('[');
            path = path.attr(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                String key = part.substring(bracket + 1, close);
                path = key.startsWith("\"") ? path.key(key.substring(1, key.length() - 1)) : path.index(Long.parseLong(key));
                bracket = part.indexOf('[', close);
            }
        }
        return path;
    }
}
