package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.schema.Timeouts;
import dev.huaweidr.framework.value.Value;
import java.time.Duration;

/**
 * Creates the resource from its plan. On success set the full state; on failure after the cloud changed,
 * set the state of what exists and add an error: Terraform records it as tainted.
 */
public final class Create extends ResourceOperation {
    private final ObjectData config;
    private final ObjectData plan;

    public Create(Context context, Value config, Value plan, PrivateState privateState) {
        super(context, Value.nullOf(plan.type()), null, privateState);
        this.config = new ObjectData(config);
        this.plan = new ObjectData(plan);
    }

    /** The configuration: the only place write-only values can be read. */
    public ObjectData config() {
        return config;
    }

    /** The plan: configured values, defaults, and unknowns for what the create computes. */
    public ObjectData plan() {
        return plan;
    }

    /** The {@code timeouts.create} setting, or the resource's default. */
    public Duration timeout(Timeouts timeouts) {
        return timeouts.of(plan.value(), "create");
    }
}
