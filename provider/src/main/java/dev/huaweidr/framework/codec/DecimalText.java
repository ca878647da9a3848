package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;
import java.math.BigDecimal;

/** Numbers sent as text: msgpack strings, and JSON strings standing for numbers (which cty accepts). */
final class DecimalText {
    private DecimalText() {
    }

    static BigDecimal parse(String text, AttributePath path) throws CodecException {
        try {
            // The length check keeps BigDecimal's parser away from megabytes of digits.
            if (text.length() <= 2 * Value.MAX_NUMBER_DIGITS) {
                return new BigDecimal(text);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CodecException(path, "a number is required, got a string that is not a decimal number of at most "
                + Value.MAX_NUMBER_DIGITS + " digits");
    }
}
