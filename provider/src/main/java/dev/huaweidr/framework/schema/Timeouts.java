package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.Value;
import java.time.Duration;
import java.util.Arrays;

/**
 * The conventional {@code timeouts { create = "30m" }} block: how long an operation may wait on the cloud.
 */
public final class Timeouts {
    public static final String BLOCK = "timeouts";

    private Timeouts() {
    }

    /** The block, with one optional duration attribute per operation, e.g. {@code "create", "delete"}. */
    public static NestedBlock block(String... operations) {
        Attribute[] attributes = Arrays.stream(operations)
                .map(op -> Attribute.string(op).optional().validators(Validators.duration(), Validators.longerThanZero())
                        .description("How long " + op + " may take, e.g. `30m`."))
                .toArray(Attribute[]::new);
        return NestedBlock.single(BLOCK, Block.of(attributes)
                .description("How long operations may wait for the cloud before giving up."));
    }

    /** The configured timeout for {@code operation} in a resource value, or {@code fallback}. */
    public static Duration of(Value resource, String operation, Duration fallback) {
        Value block = resource.attr(BLOCK);
        if (block.isNull() || !block.isKnown()) {
            return fallback;
        }
        Value value = block.attr(operation);
        return value.isNull() || !value.isKnown() ? fallback : GoDuration.parse(value.asString());
    }
}
