package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.schema.Timeouts;
import dev.huaweidr.framework.value.Value;
import java.time.Duration;

/** Changes the resource in place from {@link #prior()} to {@link #plan()}. */
public final class Update extends ResourceOperation {
    private final ObjectData config;
    private final ObjectData plan;
    private final ObjectData prior;

    public Update(Context context, Value config, Value plan, Value prior, Value identity, PrivateState privateState) {
        super(context, prior, identity, privateState);
        this.config = new ObjectData(config);
        this.plan = new ObjectData(plan);
        this.prior = new ObjectData(prior);
    }

    public ObjectData config() {
        return config;
    }

    public ObjectData plan() {
        return plan;
    }

    public ObjectData prior() {
        return prior;
    }

    /** The {@code timeouts.update} setting, or the resource's default. */
    public Duration timeout(Timeouts timeouts) {
        return timeouts.of(plan.value(), "update");
    }
}
