package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;

/**
 * Values as cty JSON (protocol spec §3.3): {@code RawState.json} in UpgradeResourceState and
 * MoveResourceState, and raw resource identities. Numbers keep full precision; dynamic values are
 * {@code {"value": ..., "type": ...}}.
 */
public final class JsonCodec {
    private JsonCodec() {
    }

    /**
     * Encodes {@code value} against {@code type}. JSON cannot express unknowns: IllegalArgumentException if the
     * value is not wholly known, or does not have exactly the type (anything fits {@code dynamic}).
     */
    public static byte[] encode(Value value, Type type) {
        return JsonValueWriter.encode(value, type);
    }

    /**
     * Decodes one value of {@code type}. Missing object attributes become null (Terraform's state may predate
     * them); unknown attributes, duplicate keys and malformed JSON end in a CodecException naming the path.
     */
    public static Value decode(byte[] json, Type type) throws CodecException {
        return JsonValueReader.decode(json, type);
    }
}
