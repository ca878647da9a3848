package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.Value;

/** A check across attributes of one configuration, such as "exactly one of a and b". */
public interface ConfigValidator {
    /** {@code config} may hold unknown values: a check that depends on one passes for now. */
    void validate(Value config, Diagnostics diagnostics);

    String description();
}
