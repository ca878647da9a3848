package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.diag.Diagnostics;

/** What every call into a resource, data source, action or list resource carries. */
public abstract class Operation {
    private final Diagnostics diagnostics = new Diagnostics();
    private final StopSignal stop;
    private final ProviderData provider;

    protected Operation(StopSignal stop, ProviderData provider) {
        this.stop = stop;
        this.provider = provider;
    }

    /** Where errors and warnings go; an error fails the operation. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Raised when the user interrupts Terraform: stop waiting, keep what was done. */
    public StopSignal stop() {
        return stop;
    }

    /**
     * The configured provider's data, or empty while the provider block waits for values known only after
     * apply: for plan-time work that can be left to apply.
     */
    public <T> java.util.Optional<T> providerIfConfigured(Class<T> type) {
        return provider.ifConfigured(type);
    }

    /** The configured provider's data, e.g. the cloud client. */
    public <T> T provider(Class<T> type) {
        return provider.as(type);
    }
}
