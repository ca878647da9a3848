package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;

/**
 * Checks one attribute's configured value. The framework calls it only for known, non-null values, at
 * {@code terraform validate} and again before every plan.
 */
public interface Validator {
    void validate(AttributePath path, Value value, Diagnostics diagnostics);

    /** What a valid value looks like, in Markdown, for the documentation (e.g. "one of `running`, `paused`"). */
    String description();
}
