package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.model.Models;
import dev.huaweidr.framework.value.Value;

/**
 * A configuration, plan or state value of a known schema, readable as a model record or attribute by
 * attribute.
 */
public final class ObjectData {
    private final Value value;

    public ObjectData(Value value) {
        this.value = value;
    }

    public Value value() {
        return value;
    }

    public boolean isNull() {
        return value.isNull();
    }

    public Value get(String attribute) {
        return value.attr(attribute);
    }

    /** The value as a model record (see {@link Models}); null when the value is null. */
    public <T extends Record> T as(Class<T> model) {
        return Models.read(value, model);
    }
}
