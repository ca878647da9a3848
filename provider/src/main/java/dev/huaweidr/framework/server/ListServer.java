package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.list.ListQuery;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;

/** Serves one list resource type for {@code terraform query}. */
public final class ListServer {
    private final ListResource list;
    private final Session session;

    ListServer(ListResource list, Session session) {
        this.list = list;
        this.session = session;
    }

    public Schema schema() {
        return list.configSchema();
    }

    public Diagnostics validate(Value config) {
        return ConfigValidation.validate(list.configSchema(), config);
    }

    public Diagnostics list(Value config, boolean includeResource, long limit, ListQuery.Sink sink) {
        ListQuery op = new ListQuery(session.stop(), session.provider(), config, includeResource, limit, sink);
        Guard.run("Listing " + list.typeName(), op.diagnostics(), () -> list.list(op));
        return op.diagnostics();
    }
}
