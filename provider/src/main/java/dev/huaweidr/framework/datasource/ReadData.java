package dev.huaweidr.framework.datasource;

import dev.huaweidr.framework.model.Models;
import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.resource.Operation;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;

/** One read of a data source: the configuration in, the full result (configured and computed values) out. */
public final class ReadData extends Operation {
    private final ObjectData config;
    private final ObjectType type;
    private Value result;

    public ReadData(StopSignal stop, ProviderData provider, Value config) {
        super(stop, provider);
        this.config = new ObjectData(config);
        this.type = (ObjectType) config.type();
    }

    public ObjectData config() {
        return config;
    }

    public void setResult(Record model) {
        this.result = Models.write(model, type);
    }

    /** The result; null until set. */
    public Value result() {
        return result;
    }
}
