package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import org.msgpack.core.MessagePacker;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/** cty's three wire forms of a number: msgpack integer, float64, or decimal text. */
final class MsgPackNumbers {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private MsgPackNumbers() {
    }

    /**
     * Integers within int64 as (compact) integers; other numbers a float64 holds exactly as float64; all the
     * rest as plain decimal text. Unlike cty, integers beyond int64 always go as text, even when a float64
     * could hold them (2^63): Terraform reads both forms, and text is unambiguous.
     */
    static void write(BigDecimal n, MessagePacker out) throws IOException {
        boolean integral = n.stripTrailingZeros().scale() <= 0;
        if (integral && n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0) {
            out.packLong(n.longValueExact());
            return;
        }
        if (!integral) {
            double d = n.doubleValue();
            if (Double.isFinite(d) && new BigDecimal(d).compareTo(n) == 0) {
                out.packDouble(d);
                return;
            }
        }
        out.packString(n.toPlainString());
    }

    /**
     * Reads any wire form: fixint, int8..int64, uint8..uint64 (beyond Long.MAX_VALUE too), float32/float64
     * (taken exactly, as cty does), or a string of decimal text. Returns null for ±Infinity, which cty can
     * hold but BigDecimal cannot; the caller decides what that means.
     */
    static BigDecimal read(MessageUnpacker in, ValueType wire, AttributePath path) throws IOException, CodecException {
        switch (wire) {
            case INTEGER:
                return new BigDecimal(in.unpackBigInteger());
            case FLOAT:
                double d = in.unpackDouble();
                if (Double.isNaN(d)) {
                    throw new CodecException(path, "a number is required, got NaN");
                }
                return Double.isInfinite(d) ? null : new BigDecimal(d);
            case STRING:
                return DecimalText.parse(in.unpackString(), path);
            default:
                throw CodecException.mismatch(path, Type.NUMBER, MsgPackDecoder.describe(wire));
        }
    }
}
