package dev.huaweidr.framework.resource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data a resource keeps beside its state where users never see it (Terraform stores the bytes opaquely):
 * string entries by key, stored as one JSON object.
 */
public final class PrivateState {
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, String> entries = new TreeMap<>();

    /** Reads the bytes Terraform hands back; anything unreadable counts as empty. */
    public static PrivateState decode(byte[] bytes) {
        PrivateState state = new PrivateState();
        if (bytes == null || bytes.length == 0) {
            return state;
        }
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return state;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    return new PrivateState();
                }
                state.entries.put(key, parser.getText());
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return new PrivateState();
            }
        } catch (IOException e) {
            return new PrivateState();
        }
        return state;
    }

    public byte[] encode() {
        if (entries.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, String> e : entries.entrySet()) {
                generator.writeStringField(e.getKey(), e.getValue());
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String get(String key) {
        return entries.get(key);
    }

    /** Sets or, with null, removes an entry. */
    public void set(String key, String value) {
        if (value == null) {
            entries.remove(key);
        } else {
            entries.put(key, value);
        }
    }
}
