package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.TupleType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessageInsufficientBufferException;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageSizeException;
import org.msgpack.core.MessageStringCodingException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/** Decodes one msgpack value against a type, as cty does (protocol spec §3.2), defensively. */
final class MsgPackDecoder {
    private final MessageUnpacker in;
    private final int length;

    private MsgPackDecoder(byte[] bytes) {
        this.in = unpacker(bytes);
        this.length = bytes.length;
    }

    /** Strict UTF-8, and no string longer than the input can be declared into an allocation. */
    static MessageUnpacker unpacker(byte[] bytes) {
        return new MessagePack.UnpackerConfig()
                .withActionOnMalformedString(CodingErrorAction.REPORT)
                .withActionOnUnmappableString(CodingErrorAction.REPORT)
                .withStringSizeLimit(bytes.length)
                .newUnpacker(bytes);
    }

    static Value decode(byte[] bytes, Type type) throws CodecException {
        if (bytes.length == 0) {
            throw new CodecException(AttributePath.root(), "no value: the input is empty");
        }
        MsgPackDecoder decoder = new MsgPackDecoder(bytes);
        Value value = decoder.read(type, AttributePath.root(), 0);
        try {
            if (decoder.in.hasNext()) {
                throw new CodecException(AttributePath.root(), "unexpected bytes after the value");
            }
        } catch (IOException e) {
            throw new CodecException(AttributePath.root(), "unreadable input");
        }
        return value;
    }

    private Value read(Type type, AttributePath path, int depth) throws CodecException {
        if (depth > Limits.MAX_DEPTH) {
            throw new CodecException(path, "value nested more than " + Limits.MAX_DEPTH + " levels deep");
        }
        try {
            ValueType wire = in.getNextFormat().getValueType();
            if (wire == ValueType.NIL) {
                in.unpackNil();
                return Value.nullOf(type);
            }
            if (wire == ValueType.EXTENSION) {
                return readUnknown(type, path);
            }
            if (type.isDynamic()) {
                return readDynamic(wire, path, depth);
            }
            if (type == Type.STRING) {
                require(wire, ValueType.STRING, type, path);
                return Value.string(in.unpackString());
            }
            if (type == Type.BOOL) {
                require(wire, ValueType.BOOLEAN, type, path);
                return Value.bool(in.unpackBoolean());
            }
            if (type == Type.NUMBER) {
                BigDecimal n = MsgPackNumbers.read(in, wire, path);
                if (n == null) {
                    throw new CodecException(path, "infinite numbers are not supported");
                }
                return Value.number(n);
            }
            if (type.isMap() || type.isObject()) {
                require(wire, ValueType.MAP, type, path);
                int entries = in.unpackMapHeader();
                requireAvailable(entries, 2, path);
                return type.isMap() ? readMap((CollectionType) type, entries, path, depth)
                        : readObject((ObjectType) type, entries, path, depth);
            }
            require(wire, ValueType.ARRAY, type, path);
            int count = in.unpackArrayHeader();
            requireAvailable(count, 1, path);
            return readSequence(type, count, path, depth);
        } catch (MessageInsufficientBufferException e) {
            throw new CodecException(path, "the input ends too early");
        } catch (MessageStringCodingException e) {
            throw new CodecException(path, "a string is not valid UTF-8");
        } catch (MessageSizeException e) {
            throw new CodecException(path, "a declared length exceeds the input");
        } catch (IOException | MessagePackException e) {
            throw new CodecException(path, "malformed msgpack");
        } catch (IllegalArgumentException e) {
            throw new CodecException(path, e.getMessage());
        }
    }

    private Value readSequence(Type type, int count, AttributePath path, int depth) throws CodecException {
        if (type instanceof TupleType && count != ((TupleType) type).elements().size()) {
            throw new CodecException(path, "a tuple of " + ((TupleType) type).elements().size()
                    + " elements is required (" + count + " given)");
        }
        List<Value> elements = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            if (type instanceof TupleType) {
                elements.add(read(((TupleType) type).elements().get(i), path.index(i), depth + 1));
            } else {
                Type element = ((CollectionType) type).element();
                // Set elements have no address Terraform understands; cty marks them with an unknown key too.
                AttributePath at = type.isSet() ? path.setElement(Value.unknown(element)) : path.index(i);
                elements.add(read(element, at, depth + 1));
            }
        }
        if (type instanceof TupleType) {
            return Value.tuple((TupleType) type, elements);
        }
        Type element = ((CollectionType) type).element();
        return type.isSet() ? Value.set(element, elements) : Value.list(element, elements);
    }

    private Value readMap(CollectionType type, int entries, AttributePath path, int depth)
            throws IOException, CodecException {
        Map<String, Value> values = new TreeMap<>();
        for (int i = 0; i < entries; i++) {
            String key = readKey(path, "map");
            if (values.containsKey(key)) {
                throw new CodecException(path, "duplicate map key " + CodecException.quote(key));
            }
            values.put(key, read(type.element(), path.key(key), depth + 1));
        }
        return Value.map(type.element(), values);
    }

    private Value readObject(ObjectType type, int entries, AttributePath path, int depth)
            throws IOException, CodecException {
        Map<String, Value> values = new TreeMap<>();
        for (int i = 0; i < entries; i++) {
            String name = readKey(path, "object attribute");
            if (!type.hasAttribute(name)) {
                throw new CodecException(path, "unsupported attribute " + CodecException.quote(name));
            }
            if (values.containsKey(name)) {
                throw new CodecException(path, "duplicate attribute " + CodecException.quote(name));
            }
            values.put(name, read(type.attributeType(name), path.attr(name), depth + 1));
        }
        if (values.size() != type.attributes().size()) {
            List<String> missing = new ArrayList<>();
            type.attributes().keySet().stream().filter(name -> !values.containsKey(name))
                    .forEach(name -> missing.add(CodecException.quote(name)));
            throw new CodecException(path, "missing attributes " + String.join(", ", missing) + ": an object with "
                    + type.attributes().size() + " attributes is required (" + entries + " given)");
        }
        return Value.object(type, values);
    }

    private String readKey(AttributePath path, String what) throws IOException, CodecException {
        ValueType wire = in.getNextFormat().getValueType();
        if (wire != ValueType.STRING) {
            throw new CodecException(path, what + " keys must be strings, got " + describe(wire));
        }
        return in.unpackString();
    }

    /** Any extension is an unknown value; only type 12 carries refinements (cty ignores the others' payload). */
    private Value readUnknown(Type type, AttributePath path) throws IOException, CodecException {
        ExtensionTypeHeader header = in.unpackExtensionTypeHeader();
        int size = header.getLength();
        requireAvailable(size, 1, path);
        if (header.getType() != MsgPackRefinements.EXTENSION_TYPE || size <= 1 || type.isDynamic()) {
            in.readPayloadAsReference(size);
            return Value.unknown(type);
        }
        if (size > MsgPackRefinements.MAX_PAYLOAD) {
            throw new CodecException(path, "unknown value refinements larger than "
                    + MsgPackRefinements.MAX_PAYLOAD + " bytes");
        }
        return MsgPackRefinements.unknown(type, in.readPayload(size), path);
    }

    /** {@code [type JSON, value]}; the type JSON is bin as cty writes it, or str, which other encoders may use. */
    private Value readDynamic(ValueType wire, AttributePath path, int depth) throws IOException, CodecException {
        if (wire != ValueType.ARRAY || in.unpackArrayHeader() != 2) {
            throw new CodecException(path, "a dynamic value must be a [type, value] array, got "
                    + (wire == ValueType.ARRAY ? "an array of another length" : describe(wire)));
        }
        ValueType typeWire = in.getNextFormat().getValueType();
        byte[] typeJson;
        if (typeWire == ValueType.BINARY) {
            int size = in.unpackBinaryHeader();
            requireAvailable(size, 1, path);
            typeJson = in.readPayload(size);
        } else if (typeWire == ValueType.STRING) {
            typeJson = in.unpackString().getBytes(StandardCharsets.UTF_8);
        } else {
            throw new CodecException(path, "the type of a dynamic value must be JSON in bin or str, got "
                    + describe(typeWire));
        }
        Type type;
        try {
            type = TypeJson.decode(typeJson);
        } catch (CodecException e) {
            throw new CodecException(path, "dynamic value: " + e.detail());
        }
        return read(type, path, depth + 1);
    }

    private static void require(ValueType wire, ValueType wanted, Type type, AttributePath path)
            throws CodecException {
        if (wire != wanted) {
            throw CodecException.mismatch(path, type, describe(wire));
        }
    }

    /** Rejects a declared length the remaining input cannot hold before anything is allocated for it. */
    private void requireAvailable(long count, int minimumBytesEach, AttributePath path) throws CodecException {
        if (count * minimumBytesEach > length - in.getTotalReadBytes()) {
            throw new CodecException(path, "a declared length exceeds the input");
        }
    }

    static String describe(ValueType wire) {
        switch (wire) {
            case NIL:
                return "null";
            case BOOLEAN:
                return "a bool";
            case INTEGER:
                return "an integer";
            case FLOAT:
                return "a float";
            case STRING:
                return "a string";
            case BINARY:
                return "binary data";
            case ARRAY:
                return "an array";
            case MAP:
                return "a map";
            default:
                return "an unknown value";
        }
    }
}
