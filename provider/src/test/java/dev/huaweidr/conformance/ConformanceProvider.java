package dev.huaweidr.conformance;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.provider.Configure;
import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.Resource;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import java.nio.file.Path;
import java.util.List;

/**
 * A test-only provider that exercises every framework feature through the real Terraform CLI, with a
 * directory of JSON files as its cloud.
 */
public final class ConformanceProvider implements Provider {
    @Override
    public String typeName() {
        return "conformance";
    }

    @Override
    public Schema schema() {
        return Schema.of(Block.of(Attribute.string("store").required().description("Directory of the things.")));
    }

    @Override
    public void configure(Configure op) {
        op.setResult(ProviderData.of(new ThingStore(Path.of(op.config().get("store").asString()))));
    }

    @Override
    public List<Resource> resources() {
        return List.of(new ThingResource());
    }

    @Override
    public List<DataSource> dataSources() {
        return List.of(new EchoDataSource());
    }

    @Override
    public List<Action> actions() {
        return List.of(new PingAction());
    }

    @Override
    public List<ListResource> listResources() {
        return List.of(new ThingList());
    }
}
