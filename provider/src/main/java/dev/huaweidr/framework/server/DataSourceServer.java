package dev.huaweidr.framework.server;

import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.datasource.ReadData;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;

/** Serves one data source type. */
public final class DataSourceServer {
    private final DataSource dataSource;
    private final Session session;

    DataSourceServer(DataSource dataSource, Session session) {
        this.dataSource = dataSource;
        this.session = session;
    }

    public Schema schema() {
        return dataSource.schema();
    }

    public Diagnostics validate(Value config) {
        return ConfigValidation.validate(dataSource.schema(), config);
    }

    /** The data source's result; Terraform needs a non-null, wholly known object. */
    public Outcome read(Value config) {
        ReadData op = new ReadData(session.stop(), session.provider(), config);
        String what = "Reading data source " + dataSource.typeName();
        Guard.run(what, op.diagnostics(), () -> dataSource.read(op));
        Value result = op.result();
        if (result == null) {
            if (!op.diagnostics().hasErrors()) {
                op.diagnostics().error("No result", what + " returned nothing. This is a bug in huaweidr.");
            }
            return new Outcome(Value.nullOf(config.type()), op.diagnostics());
        }
        return new Outcome(StateRules.requireKnown(what, result, op.diagnostics()), op.diagnostics());
    }

    public record Outcome(Value state, Diagnostics diagnostics) {
    }
}
