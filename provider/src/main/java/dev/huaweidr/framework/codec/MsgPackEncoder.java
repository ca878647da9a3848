package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/** Encodes a value against a type as cty does (protocol spec §3.2). Marks are dropped, never encoded. */
final class MsgPackEncoder {
    /** fixext1 of extension type 0 with a zero byte: exactly what Terraform writes for an unknown value. */
    private static final byte[] UNKNOWN_PAYLOAD = {0};

    private final MessageBufferPacker out = MessagePack.newDefaultBufferPacker();

    private MsgPackEncoder() {
    }

    static byte[] encode(Value value, Type type) {
        MsgPackEncoder encoder = new MsgPackEncoder();
        try {
            encoder.write(value, type, AttributePath.root());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return encoder.out.toByteArray();
    }

    private void write(Value v, Type type, AttributePath path) throws IOException {
        if (type.isDynamic() && !v.type().isDynamic()) {
            byte[] typeJson = TypeJson.encode(v.type());
            out.packArrayHeader(2);
            out.packBinaryHeader(typeJson.length);
            out.writePayload(typeJson);
            write(v, v.type(), path);
            return;
        }
        if (!type.equals(v.type())) {
            throw new IllegalArgumentException(Encoding.misfit(path, v, type));
        }
        if (!v.isKnown()) {
            // Refinements are not sent: Terraform accepts an unrefined unknown anywhere.
            out.packExtensionTypeHeader((byte) 0, UNKNOWN_PAYLOAD.length);
            out.writePayload(UNKNOWN_PAYLOAD);
        } else if (v.isNull()) {
            out.packNil();
        } else if (type == Type.STRING) {
            out.packString(v.asString());
        } else if (type == Type.NUMBER) {
            MsgPackNumbers.write(v.asNumber(), out);
        } else if (type == Type.BOOL) {
            out.packBoolean(v.asBool());
        } else if (type.isMap() || type.isObject()) {
            Map<String, Value> entries = v.entries();
            out.packMapHeader(entries.size());
            for (Map.Entry<String, Value> entry : entries.entrySet()) {
                out.packString(entry.getKey());
                write(entry.getValue(), Encoding.entryType(type, entry.getKey()),
                        Encoding.entryPath(type, path, entry.getKey()));
            }
        } else {
            List<Value> elements = v.elements();
            out.packArrayHeader(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                write(elements.get(i), Encoding.elementType(type, i),
                        Encoding.elementPath(type, path, i, elements.get(i)));
            }
        }
    }
}
