package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery.DrCluster;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.NestingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the data source {@code huaweidr_dws_disaster_recovery} and the resource
 * {@code huaweidr_dws_disaster_recovery_task} both show of a task: its status and its two clusters.
 */
final class DwsClusters {
    static final String STATUSES = "`creating`, `create_failed`, `unstart`, `starting`, `start_failed`, `running`, "
            + "`stopping`, `stop_failed`, `switchovering`, `abnormal`, `deleting` or `deleted`.";

    private DwsClusters() {
    }

    /** The computed {@code clusters} list. */
    static Attribute attribute() {
        return Attribute.nested("clusters", NestingMode.LIST,
                Attribute.string("id").computed().description("The cluster's ID."),
                Attribute.string("name").computed().description("The cluster's name."),
                Attribute.string("role").computed().description("`primary` or `standby`, now."),
                Attribute.string("status").computed()
                        .description("DR status of the cluster: `backuping`, `restoring`, `stopped`, `waiting`, "
                                + "`abnormal` or `drDeleted`."),
                Attribute.string("progress").computed().description("Progress of the current backup or restore, "
                        + "e.g. `35%`; empty when none runs."),
                Attribute.string("last_success_time").computed()
                        .description("When the cluster's last backup or restore succeeded."),
                Attribute.string("availability_zone").computed().description("The cluster's availability zone."),
                Attribute.string("region").computed().description("The cluster's region."))
                .computed()
                .description("The two clusters, the task's original primary first; their roles swap, their "
                        + "order does not.");
    }

    record ClusterState(String id, String name, String role, String status, String progress, String lastSuccessTime,
            String availabilityZone, String region) {
        static ClusterState of(DrCluster c) {
            return new ClusterState(c.id(), c.name(), c.role(), c.status(), c.progress(), c.lastSuccessTime(),
                    c.clusterAz(), c.region());
        }
    }

    /** The task's clusters, in their original slots. */
    static List<ClusterState> of(DisasterRecovery dr) {
        return Stream.of(dr.primaryCluster(), dr.standbyCluster()).filter(Objects::nonNull).map(ClusterState::of)
                .toList();
    }
}
