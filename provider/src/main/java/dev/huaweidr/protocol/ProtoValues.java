package dev.huaweidr.protocol;

import com.google.protobuf.ByteString;
import dev.huaweidr.framework.codec.CodecException;
import dev.huaweidr.framework.codec.JsonCodec;
import dev.huaweidr.framework.codec.MsgPackCodec;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.DynamicValue;

/**
 * DynamicValue in both directions. Terraform sends msgpack (JSON only in old paths); an empty value means
 * null. What cannot be decoded becomes an error diagnostic, never an exception.
 */
final class ProtoValues {
    private ProtoValues() {
    }

    /** Decodes {@code value} as {@code type}; on failure adds an error naming {@code what} and returns null. */
    static Value decode(DynamicValue value, Type type, String what, Diagnostics diagnostics) {
        try {
            if (!value.getMsgpack().isEmpty()) {
                return MsgPackCodec.decode(value.getMsgpack().toByteArray(), type);
            }
            if (!value.getJson().isEmpty()) {
                return JsonCodec.decode(value.getJson().toByteArray(), type);
            }
            return Value.nullOf(type);
        } catch (CodecException e) {
            diagnostics.error("Invalid " + what, "Terraform sent a " + what + " the provider cannot read: "
                    + e.getMessage());
            return null;
        }
    }

    static DynamicValue encode(Value value, Type type) {
        return DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(MsgPackCodec.encode(value, type))).build();
    }
}
