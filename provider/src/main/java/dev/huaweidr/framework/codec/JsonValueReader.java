package dev.huaweidr.framework.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.TupleType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * cty's JSON decoding (protocol spec §3.3): objects may omit attributes (they become null) but not add any,
 * and primitives convert as cty converts them (a JSON string "12" is a number, a JSON number a string).
 */
final class JsonValueReader {
    private JsonValueReader() {
    }

    static Value decode(byte[] json, Type type) throws CodecException {
        return decode(json, type, AttributePath.root(), 0);
    }

    /** Decodes a whole document that sits at {@code path}, {@code depth} levels down in an enclosing value. */
    private static Value decode(byte[] json, Type type, AttributePath path, int depth) throws CodecException {
        if (json.length == 0) {
            throw new CodecException(path, "no value: the input is empty");
        }
        try (JsonParser in = JsonSupport.FACTORY.createParser(json)) {
            JsonSupport.next(in, path);
            Value value = read(in, type, path, depth);
            JsonSupport.requireEnd(in, path);
            return value;
        } catch (IOException e) {
            throw JsonSupport.malformed(path, e);
        }
    }

    /** Reads the value starting at the current token, leaving the parser on its last token. */
    private static Value read(JsonParser in, Type type, AttributePath path, int depth) throws CodecException {
        if (depth > Limits.MAX_DEPTH) {
            throw new CodecException(path, "value nested more than " + Limits.MAX_DEPTH + " levels deep");
        }
        try {
            JsonToken token = in.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return Value.nullOf(type);
            }
            if (type.isDynamic()) {
                return readDynamic(in, path, depth);
            }
            if (type.isPrimitive()) {
                return readPrimitive(in, token, type, path);
            }
            if (type.isMap() || type.isObject()) {
                require(token, JsonToken.START_OBJECT, type, path);
                return type.isMap() ? readMap(in, (CollectionType) type, path, depth)
                        : readObject(in, (ObjectType) type, path, depth);
            }
            require(token, JsonToken.START_ARRAY, type, path);
            return readSequence(in, type, path, depth);
        } catch (IOException e) {
            throw JsonSupport.malformed(path, e);
        } catch (IllegalArgumentException e) {
            throw new CodecException(path, e.getMessage());
        }
    }

    private static Value readPrimitive(JsonParser in, JsonToken token, Type type, AttributePath path)
            throws IOException, CodecException {
        boolean isNumber = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        boolean isBool = token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        boolean isString = token == JsonToken.VALUE_STRING;
        if (type == Type.STRING && (isString || isNumber || isBool)) {
            return Value.string(in.getText());
        }
        if (type == Type.NUMBER && isNumber) {
            return Value.number(in.getDecimalValue());
        }
        if (type == Type.NUMBER && isString) {
            return Value.number(DecimalText.parse(in.getText(), path));
        }
        if (type == Type.BOOL && isBool) {
            return Value.bool(token == JsonToken.VALUE_TRUE);
        }
        if (type == Type.BOOL && isString && (in.getText().equals("true") || in.getText().equals("false"))) {
            return Value.bool(in.getText().equals("true"));
        }
        throw CodecException.mismatch(path, type, JsonSupport.describe(token));
    }

    private static Value readMap(JsonParser in, CollectionType type, AttributePath path, int depth)
            throws IOException, CodecException {
        Map<String, Value> entries = new TreeMap<>();
        while (JsonSupport.next(in, path) == JsonToken.FIELD_NAME) {
            String key = in.currentName();
            JsonSupport.next(in, path);
            entries.put(key, read(in, type.element(), path.key(key), depth + 1));
        }
        return Value.map(type.element(), entries);
    }

    private static Value readObject(JsonParser in, ObjectType type, AttributePath path, int depth)
            throws IOException, CodecException {
        Map<String, Value> attributes = new TreeMap<>();
        while (JsonSupport.next(in, path) == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            if (!type.hasAttribute(name)) {
                throw new CodecException(path, "unsupported attribute " + CodecException.quote(name));
            }
            JsonSupport.next(in, path);
            attributes.put(name, read(in, type.attributeType(name), path.attr(name), depth + 1));
        }
        type.attributes().forEach((name, attributeType) -> attributes.putIfAbsent(name, Value.nullOf(attributeType)));
        return Value.object(type, attributes);
    }

    private static Value readSequence(JsonParser in, Type type, AttributePath path, int depth)
            throws IOException, CodecException {
        List<Value> elements = new ArrayList<>();
        while (JsonSupport.next(in, path) != JsonToken.END_ARRAY) {
            int i = elements.size();
            if (type instanceof TupleType && i >= ((TupleType) type).elements().size()) {
                throw new CodecException(path, "too many tuple elements (" + type + " has "
                        + ((TupleType) type).elements().size() + ")");
            }
            Type elementType = Encoding.elementType(type, i);
            AttributePath at = type.isSet() ? path.setElement(Value.unknown(elementType)) : path.index(i);
            elements.add(read(in, elementType, at, depth + 1));
        }
        if (type instanceof TupleType) {
            if (elements.size() != ((TupleType) type).elements().size()) {
                throw new CodecException(path, "not enough tuple elements (" + type + " has "
                        + ((TupleType) type).elements().size() + ")");
            }
            return Value.tuple((TupleType) type, elements);
        }
        Type element = ((CollectionType) type).element();
        return type.isSet() ? Value.set(element, elements) : Value.list(element, elements);
    }

    /**
     * {@code {"value": ..., "type": ...}} in either order. cty writes "value" first, so the value's JSON is
     * copied aside (numbers exactly) and decoded once the type is known.
     */
    private static Value readDynamic(JsonParser in, AttributePath path, int depth) throws IOException, CodecException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw new CodecException(path, "a dynamic value must be a {\"value\": ..., \"type\": ...} object, got "
                    + JsonSupport.describe(in.currentToken()));
        }
        Type type = null;
        byte[] value = null;
        while (JsonSupport.next(in, path) == JsonToken.FIELD_NAME) {
            String key = in.currentName();
            JsonSupport.next(in, path);
            if (key.equals("type")) {
                type = TypeJson.read(in, path, depth);
            } else if (key.equals("value")) {
                ByteArrayOutputStream copy = new ByteArrayOutputStream();
                try (JsonGenerator out = JsonSupport.FACTORY.createGenerator(copy)) {
                    out.copyCurrentStructureExact(in);
                }
                value = copy.toByteArray();
            } else {
                throw new CodecException(path, "invalid key " + CodecException.quote(key) + " in a dynamic value");
            }
        }
        if (type == null || value == null) {
            throw new CodecException(path, "a dynamic value needs both \"value\" and \"type\"");
        }
        return decode(value, type, path, depth + 1);
    }

    private static void require(JsonToken token, JsonToken wanted, Type type, AttributePath path)
            throws CodecException {
        if (token != wanted) {
            throw CodecException.mismatch(path, type, JsonSupport.describe(token));
        }
    }
}
