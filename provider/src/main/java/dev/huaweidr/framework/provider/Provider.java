package dev.huaweidr.framework.provider;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.resource.Resource;
import dev.huaweidr.framework.schema.Schema;
import java.util.List;

/**
 * A provider: its configuration schema, how configuration becomes the data resources use, and what it
 * offers. Constructing a provider must be cheap: Terraform starts the plugin several times per command.
 */
public interface Provider {
    /** The provider's type name, prefix of all its type names, e.g. {@code huaweidr}. */
    String typeName();

    Schema schema();

    void configure(Configure op);

    List<Resource> resources();

    List<DataSource> dataSources();

    List<Action> actions();

    List<ListResource> listResources();
}
