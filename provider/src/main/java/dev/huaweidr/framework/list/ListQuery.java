package dev.huaweidr.framework.list;

import dev.huaweidr.framework.model.Models;
import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.resource.Operation;
import dev.huaweidr.framework.resource.ResourceOperation;
import dev.huaweidr.framework.value.Value;

/** One listing: emits each found object with its identity; stops early once {@link #isFull()}. */
public final class ListQuery extends Operation {
    private final ResourceOperation.Context resource;
    private final ObjectData config;
    private final boolean includeResource;
    private final long limit;
    private final Sink sink;
    private long emitted;

    /** {@code resource} carries the listed resource type's state and identity types. */
    public ListQuery(ResourceOperation.Context resource, Value config, boolean includeResource, long limit, Sink sink) {
        super(resource.stop(), resource.provider());
        this.resource = resource;
        this.config = new ObjectData(config);
        this.includeResource = includeResource;
        this.limit = limit;
        this.sink = sink;
    }

    public ObjectData config() {
        return config;
    }

    /** Whether Terraform asked for full resource objects (e.g. to generate configuration). */
    public boolean includeResource() {
        return includeResource;
    }

    public boolean isFull() {
        return limit > 0 && emitted >= limit;
    }

    /**
     * @param identity the object's identity (required)
     * @param resource its full state, when {@link #includeResource()}; otherwise ignored
     */
    public void emit(Value identity, String displayName, Value resource) {
        if (isFull()) {
            return;
        }
        emitted++;
        sink.accept(identity, displayName, includeResource ? resource : null);
    }

    /**
     * Like {@link #emit(Value, String, Value)}, with the identity and the state as model records; the state
     * must be what a read of the object would produce.
     */
    public void emit(Record identity, String displayName, Record state) {
        emit(Models.write(identity, resource.identityType()), displayName,
                includeResource ? Models.write(state, resource.stateType()) : null);
    }

    /** Where results go: the protocol layer streams each one to Terraform at once. */
    public interface Sink {
        void accept(Value identity, String displayName, Value resource);
    }
}
