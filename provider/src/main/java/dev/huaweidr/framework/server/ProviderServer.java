package dev.huaweidr.framework.server;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.provider.Configure;
import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.Resource;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The framework side of a provider process: configuration, the stop signal, and one server per type. It
 * answers any call in any order; Terraform may skip GetProviderSchema in later processes. One process may
 * serve several Terraform commands in turn (debug and warm mode), so a stop ends the calls in flight only.
 */
public final class ProviderServer implements Session {
    private final Provider provider;
    private volatile StopSignal stop = new StopSignal();
    private final Map<String, ResourceServer> resources;
    private final Map<String, DataSourceServer> dataSources;
    private final Map<String, ActionServer> actions;
    private final Map<String, ListServer> lists;
    private volatile ProviderData configured = ProviderData.unavailable(
            "Terraform did not configure the provider before using it.");

    public ProviderServer(Provider provider) {
        this.provider = provider;
        this.resources = index(provider.resources(), Resource::typeName, r -> new ResourceServer(r, this));
        this.dataSources = index(provider.dataSources(), DataSource::typeName,
                d -> new DataSourceServer(d, this));
        this.actions = index(provider.actions(), Action::typeName, a -> new ActionServer(a, this));
        this.lists = index(provider.listResources(), ListResource::typeName,
                l -> new ListServer(l, resources.get(l.typeName())));
    }

    public Schema providerSchema() {
        return provider.schema();
    }

    public Map<String, ResourceServer> resources() {
        return resources;
    }

    public Map<String, DataSourceServer> dataSources() {
        return dataSources;
    }

    public Map<String, ActionServer> actions() {
        return actions;
    }

    public Map<String, ListServer> lists() {
        return lists;
    }

    public Diagnostics validateProviderConfig(Value config) {
        return ConfigValidation.validate(provider.schema(), config);
    }

    public Diagnostics configure(Value config, String terraformVersion) {
        Configure op = new Configure(stop(), config, terraformVersion);
        Guard.run("Configuring the provider", op.diagnostics(), () -> provider.configure(op));
        if (!op.diagnostics().hasErrors()) {
            configured = op.result();
        }
        return op.diagnostics();
    }

    /** StopProvider: in-flight work winds down; the process keeps serving until Terraform shuts it down. */
    public void stopInFlight() {
        StopSignal raised = stop;
        stop = new StopSignal();
        raised.raise();
    }

    /**
     * Ends this session (a process serving several Terraform commands has one per connection): calls in
     * flight are stopped, and what the configuration made and holds open, such as the cloud client's
     * connections, is released.
     */
    public void close() {
        stopInFlight();
        Object data = configured.ifConfigured(Object.class).orElse(null);
        if (data instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // released as far as it would go; nobody waits for the answer
            }
        }
    }

    /** A fresh signal for one operation, raised by the next StopProvider. */
    @Override
    public StopSignal stop() {
        return stop.child();
    }

    @Override
    public ProviderData provider() {
        return configured;
    }

    private static <T, S> Map<String, S> index(List<T> items, Function<T, String> name, Function<T, S> server) {
        Map<String, S> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(name.apply(item), server.apply(item)));
        return Collections.unmodifiableMap(map);
    }
}
