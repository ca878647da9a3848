package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Refinements;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * The payload of extension type 12: a map of small integer keys to refinements (protocol spec §3.2).
 * Unknown keys and refinements that cannot apply to the type are ignored, which is always safe.
 */
final class MsgPackRefinements {
    static final byte EXTENSION_TYPE = 12;
    static final int MAX_PAYLOAD = 1024;

    private static final int NULLNESS = 1;
    private static final int STRING_PREFIX = 2;
    private static final int NUMBER_LOWER = 3;
    private static final int NUMBER_UPPER = 4;
    private static final int LENGTH_LOWER = 5;
    private static final int LENGTH_UPPER = 6;

    private MsgPackRefinements() {
    }

    /** The unknown value the payload describes; "definitely null" (allowed by cty) becomes a known null. */
    static Value unknown(Type type, byte[] payload, AttributePath path) throws CodecException {
        try (MessageUnpacker in = MsgPackDecoder.unpacker(payload)) {
            if (in.getNextFormat().getValueType() != ValueType.MAP) {
                throw new CodecException(path, "unknown value refinements must be a msgpack map");
            }
            int entries = in.unpackMapHeader();
            Boolean notNull = null;
            String prefix = null;
            Refinements.Bound lower = null;
            Refinements.Bound upper = null;
            Long lengthLower = null;
            Long lengthUpper = null;
            for (int i = 0; i < entries; i++) {
                if (in.getNextFormat().getValueType() != ValueType.INTEGER) {
                    throw new CodecException(path, "unknown value refinement keys must be integers");
                }
                long key = in.unpackLong();
                if (key == NULLNESS) {
                    if (in.unpackBoolean()) {
                        return Value.nullOf(type);
                    }
                    notNull = Boolean.TRUE;
                } else if (key == STRING_PREFIX) {
                    String s = in.unpackString();
                    prefix = type == Type.STRING ? s : null;
                } else if (key == NUMBER_LOWER || key == NUMBER_UPPER) {
                    Refinements.Bound bound = type == Type.NUMBER ? bound(in, path) : skip(in);
                    lower = key == NUMBER_LOWER ? bound : lower;
                    upper = key == NUMBER_UPPER ? bound : upper;
                } else if (key == LENGTH_LOWER || key == LENGTH_UPPER) {
                    Long length = type.isCollection() ? Long.valueOf(in.unpackLong()) : skip(in);
                    lengthLower = key == LENGTH_LOWER ? length : lengthLower;
                    lengthUpper = key == LENGTH_UPPER ? length : lengthUpper;
                } else {
                    in.skipValue();
                }
            }
            // Bytes after the map are ignored, as cty does, to leave room for later extensions.
            return Value.unknown(type, new Refinements(notNull, prefix, lower, upper, lengthLower, lengthUpper));
        } catch (IOException | MessagePackException | IllegalArgumentException e) {
            throw new CodecException(path, "malformed unknown value refinements");
        }
    }

    /** {@code [number, inclusive]}; an infinite bound is no bound. */
    private static Refinements.Bound bound(MessageUnpacker in, AttributePath path) throws IOException, CodecException {
        if (in.unpackArrayHeader() != 2) {
            throw new CodecException(path, "a number bound refinement must be a [number, bool] array");
        }
        BigDecimal n = MsgPackNumbers.read(in, in.getNextFormat().getValueType(), path);
        boolean inclusive = in.unpackBoolean();
        return n == null ? null : new Refinements.Bound(Value.number(n).asNumber(), inclusive);
    }

    private static <T> T skip(MessageUnpacker in) throws IOException {
        in.skipValue();
        return null;
    }
}
