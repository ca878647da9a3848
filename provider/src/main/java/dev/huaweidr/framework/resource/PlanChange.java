package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.model.Models;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource's own say in a plan, after the schema's rules: adjust planned values, force a replacement
 * the schema cannot express, or warn about consequences (a destroy of a DR pair, say).
 */
public final class PlanChange extends Operation {
    private final ObjectData config;
    private final ObjectData prior;
    private final ObjectType stateType;
    private final List<AttributePath> requiresReplace;
    private Value planned;

    public PlanChange(ResourceOperation.Context context, Value config, Value prior, Value planned,
            List<AttributePath> requiresReplace) {
        super(context.stop(), context.provider());
        this.config = new ObjectData(config);
        this.prior = new ObjectData(prior);
        this.stateType = context.stateType();
        this.planned = planned;
        this.requiresReplace = new ArrayList<>(requiresReplace);
    }

    public boolean isCreate() {
        return prior.isNull();
    }

    public boolean isDestroy() {
        return planned.isNull();
    }

    /** Null on destroy. */
    public ObjectData config() {
        return config;
    }

    /** Null on create. */
    public ObjectData prior() {
        return prior;
    }

    public ObjectData planned() {
        return new ObjectData(planned);
    }

    public void setPlanned(Value value) {
        this.planned = value;
    }

    public void setPlanned(Record model) {
        this.planned = Models.write(model, stateType);
    }

    public void requireReplace(AttributePath path) {
        requiresReplace.add(path);
    }

    public List<AttributePath> requiresReplace() {
        return List.copyOf(requiresReplace);
    }
}
