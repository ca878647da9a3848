package dev.huaweidr.resources;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.provider.Configure;
import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.Resource;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.dcs.DcsInstanceRoles;
import dev.huaweidr.resources.dcs.DcsShardSwitchover;
import dev.huaweidr.resources.dcs.DcsSwap;
import dev.huaweidr.resources.dws.DwsDisasterRecovery;
import dev.huaweidr.resources.dws.DwsDisasterRecoveryTask;
import dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskList;
import dev.huaweidr.resources.dws.DwsFailover;
import dev.huaweidr.resources.dws.DwsRecovery;
import dev.huaweidr.resources.dws.DwsSwitchover;
import dev.huaweidr.resources.geminidb.CassandraActiveActive;
import dev.huaweidr.resources.geminidb.CassandraActiveActiveList;
import dev.huaweidr.resources.geminidb.RedisDrFailover;
import dev.huaweidr.resources.geminidb.RedisDrRelationship;
import dev.huaweidr.resources.geminidb.RedisDrRelationshipList;
import dev.huaweidr.resources.geminidb.RedisDrStatus;
import dev.huaweidr.resources.geminidb.RedisDrSwitchover;
import java.util.List;

/** The huaweidr provider: its configuration and everything it offers. */
public final class HuaweidrProvider implements Provider {
    @Override
    public String typeName() {
        return "huaweidr";
    }

    @Override
    public Schema schema() {
        return ProviderSchema.schema();
    }

    /**
     * Resolves the provider block. A block that depends on values known only after apply leaves the
     * provider unconfigured for now: new resources can still be planned, and whatever needs the cloud says
     * why it cannot run yet.
     */
    @Override
    public void configure(Configure op) {
        if (!op.config().value().isWhollyKnown()) {
            op.setResult(ProviderData.unavailable("The provider configuration depends on values that are known "
                    + "only after apply. Configure the provider with values known at plan time."));
            return;
        }
        CloudConfig config = ProviderSettings.resolve(op.config(), System.getenv(), op.diagnostics());
        if (config != null) {
            op.setResult(ProviderData.of(Cloud.create(config)));
        }
    }

    @Override
    public List<Resource> resources() {
        return List.of(new RedisDrRelationship(), new CassandraActiveActive(), new DwsDisasterRecoveryTask());
    }

    @Override
    public List<DataSource> dataSources() {
        return List.of(new RedisDrStatus(), new DwsDisasterRecovery(), new DcsInstanceRoles());
    }

    @Override
    public List<Action> actions() {
        return List.of(new RedisDrSwitchover(), new RedisDrFailover(), new DwsFailover(), new DwsSwitchover(),
                new DwsRecovery(), new DcsSwap(), new DcsShardSwitchover());
    }

    @Override
    public List<ListResource> listResources() {
        return List.of(new RedisDrRelationshipList(), new CassandraActiveActiveList(),
                new DwsDisasterRecoveryTaskList());
    }
}
