package dev.huaweidr.framework.datasource;

import dev.huaweidr.framework.schema.Schema;

/** A data source: reads something from the cloud for the configuration to use. */
public interface DataSource {
    String typeName();

    Schema schema();

    void read(ReadData op);
}
