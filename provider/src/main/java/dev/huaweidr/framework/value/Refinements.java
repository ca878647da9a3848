package dev.huaweidr.framework.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What Terraform promises about an unknown value (cty "refinements"), as read off the wire. Each component
 * is null when Terraform said nothing about it. Ignoring refinements is always safe; a provider that plans
 * a refined unknown must produce a final value within them.
 *
 * @param notNull        {@code TRUE} when the value will definitely not be null
 * @param stringPrefix   a prefix the final string will start with (strings only)
 * @param numberLower    lower bound of the final number (numbers only)
 * @param numberUpper    upper bound of the final number (numbers only)
 * @param lengthLower    inclusive lower bound of the final collection length (list, set, map only)
 * @param lengthUpper    inclusive upper bound of the final collection length (list, set, map only)
 */
public record Refinements(Boolean notNull, String stringPrefix, Bound numberLower, Bound numberUpper,
                          Long lengthLower, Long lengthUpper) {

    /** A number bound. */
    public record Bound(BigDecimal value, boolean inclusive) {
        public Bound {
            Objects.requireNonNull(value, "value");
        }
    }

    public boolean isEmpty() {
        return notNull == null && stringPrefix == null && numberLower == null && numberUpper == null
                && lengthLower == null && lengthUpper == null;
    }
}
