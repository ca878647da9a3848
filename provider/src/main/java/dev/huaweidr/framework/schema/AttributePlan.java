package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;

/** One attribute being planned, as a {@link PlanModifier} sees and changes it. */
public final class AttributePlan {
    private final AttributePath path;
    private final Value config;
    private final Value prior;
    private final boolean create;
    private Value planned;
    private boolean requiresReplace;

    public AttributePlan(AttributePath path, Value config, Value prior, Value planned, boolean create) {
        this.path = path;
        this.config = config;
        this.prior = prior;
        this.planned = planned;
        this.create = create;
    }

    public AttributePath path() {
        return path;
    }

    /** The configured value (null when not configured, possibly unknown). */
    public Value config() {
        return config;
    }

    /** The value in prior state; a null value when the resource is being created. */
    public Value prior() {
        return prior;
    }

    public Value planned() {
        return planned;
    }

    public void plan(Value value) {
        this.planned = value;
    }

    public boolean isCreate() {
        return create;
    }

    /** Marks the resource for replacement because of this attribute. */
    public void requireReplace() {
        requiresReplace = true;
    }

    public boolean requiresReplace() {
        return requiresReplace;
    }
}
