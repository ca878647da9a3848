package dev.huaweidr.framework.list;

import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.resource.Operation;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.value.Value;

/** One listing: emits each found object with its identity; stops early once {@link #isFull()}. */
public final class ListQuery extends Operation {
    private final ObjectData config;
    private final boolean includeResource;
    private final long limit;
    private final Sink sink;
    private long emitted;

    public ListQuery(StopSignal stop, ProviderData provider, Value config, boolean includeResource, long limit,
            Sink sink) {
        super(stop, provider);
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

    /** Where results go: the protocol layer streams each one to Terraform at once. */
    public interface Sink {
        void accept(Value identity, String displayName, Value resource);
    }
}
