package dev.huaweidr.framework.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** cty's JSON encoding of a value against a type (protocol spec §3.3). */
final class JsonValueWriter {
    private JsonValueWriter() {
    }

    static byte[] encode(Value value, Type type) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JsonSupport.FACTORY.createGenerator(bytes)) {
            write(value, type, AttributePath.root(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void write(Value v, Type type, AttributePath path, JsonGenerator out) throws IOException {
        if (!v.isKnown()) {
            throw new IllegalArgumentException((path.isRoot() ? "" : "at " + path + ": ")
                    + "unknown values cannot be encoded as JSON");
        }
        if (type.isDynamic() && !v.type().isDynamic()) {
            out.writeStartObject();
            out.writeFieldName("value");
            write(v, v.type(), path, out);
            out.writeFieldName("type");
            TypeJson.write(v.type(), out);
            out.writeEndObject();
            return;
        }
        if (!type.equals(v.type())) {
            throw new IllegalArgumentException(Encoding.misfit(path, v, type));
        }
        if (v.isNull()) {
            out.writeNull();
        } else if (type == Type.STRING) {
            out.writeString(v.asString());
        } else if (type == Type.NUMBER) {
            // Plain text, never exponent notation, as cty writes it; Value bounds how long that can get.
            out.writeNumber(v.asNumber().toPlainString());
        } else if (type == Type.BOOL) {
            out.writeBoolean(v.asBool());
        } else if (type.isMap() || type.isObject()) {
            out.writeStartObject();
            for (Map.Entry<String, Value> entry : v.entries().entrySet()) {
                out.writeFieldName(entry.getKey());
                write(entry.getValue(), Encoding.entryType(type, entry.getKey()),
                        Encoding.entryPath(type, path, entry.getKey()), out);
            }
            out.writeEndObject();
        } else {
            List<Value> elements = v.elements();
            out.writeStartArray();
            for (int i = 0; i < elements.size(); i++) {
                write(elements.get(i), Encoding.elementType(type, i),
                        Encoding.elementPath(type, path, i, elements.get(i)), out);
            }
            out.writeEndArray();
        }
    }
}
