package dev.huaweidr.framework.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.TupleType;
import dev.huaweidr.framework.value.Type;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON type constraints (protocol spec §3.1): {@code "string"}, {@code ["list","string"]},
 * {@code ["object",{"a":"string"},["a"]]} (third element: optional attributes), {@code ["tuple",[...]]}.
 * These bytes are schema attribute types and the type half of dynamic values.
 */
public final class TypeJson {
    private TypeJson() {
    }

    /** Compact JSON, object attributes sorted by name. */
    public static byte[] encode(Type type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JsonSupport.FACTORY.createGenerator(out)) {
            write(type, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    public static Type decode(byte[] json) throws CodecException {
        try (JsonParser parser = JsonSupport.FACTORY.createParser(json)) {
            JsonSupport.next(parser, AttributePath.root());
            Type type = read(parser, AttributePath.root(), 0);
            JsonSupport.requireEnd(parser, AttributePath.root());
            return type;
        } catch (IOException e) {
            throw JsonSupport.malformed(AttributePath.root(), e);
        }
    }

    static void write(Type type, JsonGenerator out) throws IOException {
        if (type.isPrimitive()) {
            out.writeString(type.toString());
        } else if (type.isDynamic()) {
            out.writeString("dynamic");
        } else if (type instanceof CollectionType) {
            out.writeStartArray();
            out.writeString(type.isList() ? "list" : type.isSet() ? "set" : "map");
            write(((CollectionType) type).element(), out);
            out.writeEndArray();
        } else if (type instanceof ObjectType) {
            ObjectType object = (ObjectType) type;
            out.writeStartArray();
            out.writeString("object");
            out.writeStartObject();
            for (Map.Entry<String, Type> attribute : object.attributes().entrySet()) {
                out.writeFieldName(attribute.getKey());
                write(attribute.getValue(), out);
            }
            out.writeEndObject();
            if (!object.optional().isEmpty()) {
                out.writeStartArray();
                for (String name : object.optional()) {
                    out.writeString(name);
                }
                out.writeEndArray();
            }
            out.writeEndArray();
        } else {
            out.writeStartArray();
            out.writeString("tuple");
            out.writeStartArray();
            for (Type element : ((TupleType) type).elements()) {
                write(element, out);
            }
            out.writeEndArray();
            out.writeEndArray();
        }
    }

    /**
     * Reads the type starting at the parser's current token and leaves the parser on the type's last token.
     * {@code path} is where the type sits in a value, for error messages.
     */
    static Type read(JsonParser in, AttributePath path, int depth) throws IOException, CodecException {
        if (depth > Limits.MAX_DEPTH) {
            throw new CodecException(path, "type nested more than " + Limits.MAX_DEPTH + " levels deep");
        }
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return primitive(in.getText(), path);
        }
        if (token != JsonToken.START_ARRAY || JsonSupport.next(in, path) != JsonToken.VALUE_STRING) {
            throw invalid(path);
        }
        String kind = in.getText();
        JsonSupport.next(in, path);
        switch (kind) {
            case "list":
                return close(in, path, Type.list(read(in, path, depth + 1)));
            case "set":
                return close(in, path, Type.set(read(in, path, depth + 1)));
            case "map":
                return close(in, path, Type.map(read(in, path, depth + 1)));
            case "tuple":
                return close(in, path, Type.tuple(readTuple(in, path, depth)));
            case "object":
                Map<String, Type> attributes = readAttributes(in, path, depth);
                if (JsonSupport.next(in, path) == JsonToken.END_ARRAY) {
                    return Type.object(attributes);
                }
                return close(in, path, Type.object(attributes, readOptional(in, path, attributes.keySet())));
            default:
                throw invalid(path);
        }
    }

    /** Consumes the closing bracket of a {@code [kind, ...]} type. */
    private static Type close(JsonParser in, AttributePath path, Type type) throws IOException, CodecException {
        if (JsonSupport.next(in, path) != JsonToken.END_ARRAY) {
            throw invalid(path);
        }
        return type;
    }

    private static Type primitive(String name, AttributePath path) throws CodecException {
        switch (name) {
            case "string":
                return Type.STRING;
            case "number":
                return Type.NUMBER;
            case "bool":
                return Type.BOOL;
            case "dynamic":
                return Type.DYNAMIC;
            default:
                throw invalid(path);
        }
    }

    private static Map<String, Type> readAttributes(JsonParser in, AttributePath path, int depth)
            throws IOException, CodecException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(path);
        }
        Map<String, Type> attributes = new LinkedHashMap<>();
        while (JsonSupport.next(in, path) == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            JsonSupport.next(in, path);
            attributes.put(name, read(in, path, depth + 1));
        }
        return attributes;
    }

    private static Set<String> readOptional(JsonParser in, AttributePath path, Set<String> attributes)
            throws IOException, CodecException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(path);
        }
        Set<String> optional = new LinkedHashSet<>();
        while (JsonSupport.next(in, path) == JsonToken.VALUE_STRING) {
            if (!attributes.contains(in.getText())) {
                throw new CodecException(path, "invalid type: an optional attribute is not an attribute");
            }
            optional.add(in.getText());
        }
        if (in.currentToken() != JsonToken.END_ARRAY) {
            throw invalid(path);
        }
        return optional;
    }

    private static List<Type> readTuple(JsonParser in, AttributePath path, int depth)
            throws IOException, CodecException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(path);
        }
        List<Type> elements = new ArrayList<>();
        while (JsonSupport.next(in, path) != JsonToken.END_ARRAY) {
            elements.add(read(in, path, depth + 1));
        }
        return elements;
    }

    private static CodecException invalid(AttributePath path) {
        return new CodecException(path, "invalid type: expected \"string\", \"number\", \"bool\", \"dynamic\","
                + " or [\"list\"|\"set\"|\"map\", T], [\"object\", {...}], [\"tuple\", [...]]");
    }
}
