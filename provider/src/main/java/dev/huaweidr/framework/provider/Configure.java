package dev.huaweidr.framework.provider;

import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.resource.Operation;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.value.Value;

/** The provider block turned into the data its resources use. */
public final class Configure extends Operation {
    private final ObjectData config;
    private final String terraformVersion;
    private ProviderData result = ProviderData.unavailable("the provider was not configured");

    public Configure(StopSignal stop, Value config, String terraformVersion) {
        super(stop, ProviderData.unavailable("the provider is being configured"));
        this.config = new ObjectData(config);
        this.terraformVersion = terraformVersion;
    }

    /** May hold unknown values when the provider block depends on resources not yet created. */
    public ObjectData config() {
        return config;
    }

    public String terraformVersion() {
        return terraformVersion;
    }

    public void setResult(ProviderData data) {
        this.result = data;
    }

    public ProviderData result() {
        return result;
    }
}
