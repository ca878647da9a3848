package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.schema.Timeouts;
import dev.huaweidr.framework.value.Value;
import java.time.Duration;

/**
 * Deletes the resource. Without errors the framework records it as gone; with errors Terraform keeps the
 * prior state, or the state set here when only part of it was deleted.
 */
public final class Delete extends ResourceOperation {
    private final ObjectData prior;

    public Delete(Context context, Value prior, Value identity, PrivateState privateState) {
        super(context, prior, identity, privateState);
        this.prior = new ObjectData(prior);
    }

    public ObjectData prior() {
        return prior;
    }

    /** The {@code timeouts.delete} setting, or the resource's default. */
    public Duration timeout(Timeouts timeouts) {
        return timeouts.of(prior.value(), "delete");
    }
}
