package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.list.ListQuery;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;

/** Serves one list resource type for {@code terraform query}. */
public final class ListServer {
    private final ListResource list;
    private final ResourceServer resource;

    /** {@code resource} serves the listed type; the protocol layer refuses a list without one. */
    ListServer(ListResource list, ResourceServer resource) {
        this.list = list;
        this.resource = resource;
    }

    public Schema schema() {
        return list.configSchema();
    }

    public Diagnostics validate(Value config) {
        return ConfigValidation.validate(list.configSchema(), config);
    }

    public Diagnostics list(Value config, boolean includeResource, long limit, ListQuery.Sink sink) {
        ListQuery op = new ListQuery(resource.context(), config, includeResource, limit, sink);
        Guard.run("Listing " + list.typeName(), op.diagnostics(), () -> list.list(op));
        return op.diagnostics();
    }
}
