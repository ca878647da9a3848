package dev.huaweidr.framework.plan;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;
import java.util.List;

/**
 * What the schema alone decides about a change: the planned value and the attributes forcing replacement.
 * The resource's own plan hook refines it afterwards.
 */
public record PlannedChange(Value planned, List<AttributePath> requiresReplace) {
    public PlannedChange {
        requiresReplace = List.copyOf(requiresReplace);
    }
}
