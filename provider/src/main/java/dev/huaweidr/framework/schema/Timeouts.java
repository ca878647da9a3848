package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.Value;
import dev.huaweidr.time.GoDuration;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The conventional {@code timeouts { create = "30m" }} block: how long an operation may wait on the cloud. A
 * resource declares its defaults here once; the block's descriptions, and so its documentation, are made from
 * them, and so are the waits its operations use.
 */
public final class Timeouts {
    public static final String BLOCK = "timeouts";

    private final Map<String, Duration> defaults;
    private final Duration read;

    private Timeouts(Map<String, Duration> defaults, Duration read) {
        this.defaults = defaults;
        this.read = read;
    }

    /** How long a refresh, an import or a plan-time check may wait: fixed, not in the block. */
    public static Timeouts readingAtMost(Duration read) {
        return new Timeouts(Map.of(), Objects.requireNonNull(read, "read"));
    }

    public Timeouts create(Duration fallback) {
        return with("create", fallback);
    }

    public Timeouts update(Duration fallback) {
        return with("update", fallback);
    }

    public Timeouts delete(Duration fallback) {
        return with("delete", fallback);
    }

    private Timeouts with(String operation, Duration fallback) {
        Map<String, Duration> more = new LinkedHashMap<>(defaults);
        more.put(operation, Objects.requireNonNull(fallback, operation));
        return new Timeouts(Collections.unmodifiableMap(more), read);
    }

    public Duration read() {
        return read;
    }

    /** The block: one optional duration per declared operation, in declaration order, each describing its default. */
    public NestedBlock block() {
        Attribute[] attributes = defaults.entrySet().stream()
                .map(e -> Attribute.string(e.getKey()).optional()
                        .validators(Validators.duration(), Validators.longerThanZero())
                        .description("How long " + e.getKey() + " may wait for the cloud. Defaults to `"
                                + GoDuration.format(e.getValue()) + "`."))
                .toArray(Attribute[]::new);
        return NestedBlock.single(BLOCK, Block.of(attributes)
                .description("How long operations may wait for the cloud before giving up. A refresh or import "
                        + "waits at most `" + GoDuration.format(read) + "`."));
    }

    /** The timeout {@code resource} configures for {@code operation}, or the declared default. */
    public Duration of(Value resource, String operation) {
        Duration fallback = defaults.get(operation);
        if (fallback == null) {
            throw new IllegalArgumentException("no default timeout declared for " + operation);
        }
        Value block = resource.attr(BLOCK);
        if (block.isNull() || !block.isKnown()) {
            return fallback;
        }
        Value value = block.attr(operation);
        return value.isNull() || !value.isKnown() ? fallback : GoDuration.parse(value.asString());
    }
}
