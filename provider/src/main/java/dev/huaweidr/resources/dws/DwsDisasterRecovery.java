package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery.DrCluster;
import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.datasource.ReadData;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.CloudIds;
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.List;

/** {@code huaweidr_dws_disaster_recovery}: a DWS DR task as it is now: status, roles, progress. */
public final class DwsDisasterRecovery implements DataSource {
    static final String TYPE = "huaweidr_dws_disaster_recovery";
    private static final Duration READ = Duration.ofMinutes(5);

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("disaster_recovery_id").required()
                    .validators(CloudIds.validator())
                    .description("ID of the DWS DR task."),
            Regions.attribute("Region of the task; the provider's region when not set.").computed(),
            Attribute.string("name").computed().description("The task's name."),
            Attribute.string("dr_type").computed().description("`az` (cross-AZ) or `region` (cross-region)."),
            Attribute.string("status").computed().description(DwsClusters.STATUSES),
            Attribute.string("dr_sync_period").computed().description("How often data is synchronized, e.g. `30m`."),
            Attribute.string("create_time").computed().description("When the task was created."),
            Attribute.string("start_time").computed().description("When the task was last started."),
            Attribute.string("primary_cluster_id").computed()
                    .description("The cluster in the primary role now; a switchover or failover changes it."),
            Attribute.string("standby_cluster_id").computed().description("The cluster in the standby role now."),
            Attribute.string("last_success_time").computed()
                    .description("When data last reached the standby: what a failover would keep."),
            DwsClusters.attribute())
            .description("A DWS disaster-recovery task as it is now: its status, which cluster is primary, each "
                    + "cluster's DR status and progress, and the last successful synchronization, e.g. to decide "
                    + "on `huaweidr_dws_failover`.\n\nAPI: `GET /v2/{project_id}/disaster-recovery/{id}`."));

    record Task(String disasterRecoveryId, String region, String name, String drType, String status,
            String drSyncPeriod, String createTime, String startTime, String primaryClusterId,
            String standbyClusterId, String lastSuccessTime, List<DwsClusters.ClusterState> clusters) {
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public void read(ReadData op) {
        Task config = op.config().as(Task.class);
        Cloud cloud = CloudAccess.of(op, READ);
        String region = Regions.orHome(config.region(), cloud.region());
        String id = config.disasterRecoveryId();
        try {
            DisasterRecovery dr = cloud.dws(region).disasterRecovery(id);
            op.setResult(new Task(id, region, dr.name(), dr.drType(), dr.status(), dr.drSyncPeriod(), dr.createTime(),
                    dr.startTime(), DwsRoles.primary(dr).map(DrCluster::id).orElse(null),
                    DwsRoles.standby(dr).map(DrCluster::id).orElse(null), DwsRoles.lastSuccess(dr).orElse(null),
                    DwsClusters.of(dr)));
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "reading DWS DR task " + id + " in " + region, e);
        }
    }
}
