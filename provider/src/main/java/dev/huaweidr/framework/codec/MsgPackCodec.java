package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;

/**
 * Values as Terraform's {@code DynamicValue.msgpack} bytes (cty's msgpack encoding, protocol spec §3.2).
 * See docs/values.md for the wire rules and the choices made where cty leaves room.
 */
public final class MsgPackCodec {
    private MsgPackCodec() {
    }

    /**
     * Encodes {@code value} against {@code type}: objects as maps with every attribute (keys sorted), unknowns
     * as {@code d4 00 00}, values in dynamic positions as {@code [type JSON (bin), value]}. The value must have
     * exactly the type (or be anything, for {@code dynamic}): IllegalArgumentException otherwise.
     */
    public static byte[] encode(Value value, Type type) {
        return MsgPackEncoder.encode(value, type);
    }

    /**
     * Decodes one value of {@code type}. Any malformed input (truncated, wrongly typed, too deep, lying
     * lengths, invalid UTF-8, trailing bytes, infinite numbers) ends in a CodecException naming the path.
     */
    public static Value decode(byte[] bytes, Type type) throws CodecException {
        return MsgPackDecoder.decode(bytes, type);
    }
}
