package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.value.Value;

/**
 * A configuration check beyond what the schema declares. Values may be unknown at {@code terraform validate};
 * check only what is known.
 */
public final class ValidateConfig extends Operation {
    private final ObjectData config;

    public ValidateConfig(StopSignal stop, Value config) {
        super(stop, ProviderData.unavailable("the provider is not configured while validating"));
        this.config = new ObjectData(config);
    }

    public ObjectData config() {
        return config;
    }
}
