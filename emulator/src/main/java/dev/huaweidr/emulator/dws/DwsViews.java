package dev.huaweidr.emulator.dws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.model.DwsCluster;
import dev.huaweidr.emulator.model.DwsDrTask;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** DWS response bodies: DR task list items and details, cluster details. */
final class DwsViews {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private DwsViews() {
    }

    static ObjectNode listItem(World world, DwsDrTask task) {
        DwsCluster primary = world.dwsCluster(task.primaryClusterId).orElseThrow();
        DwsCluster standby = world.dwsCluster(task.standbyClusterId).orElseThrow();
        return Json.object().put("id", task.id).put("status", task.status).put("name", task.name)
                .put("dr_type", task.drType)
                .put("primary_cluster_id", primary.id()).put("primary_cluster_name", primary.name())
                .put("standby_cluster_id", standby.id()).put("standby_cluster_name", standby.name())
                .put("primary_cluster_role", task.primaryClusterRole)
                .put("standby_cluster_role", task.standbyClusterRole)
                .put("primary_cluster_status", clusterStatus(task, task.primaryClusterRole))
                .put("standby_cluster_status", clusterStatus(task, task.standbyClusterRole))
                .put("primary_cluster_region", world.regionOf(primary.projectId()))
                .put("standby_cluster_region", world.regionOf(standby.projectId()))
                .put("primary_cluster_project_id", primary.projectId())
                .put("standby_cluster_project_id", standby.projectId())
                .put("last_disaster_time", time(task.lastSuccessTime))
                .put("start_time", time(task.startTime))
                .put("create_time", time(task.createTime));
    }

    static ObjectNode detail(World world, DwsDrTask task) {
        ObjectNode node = Json.object().put("id", task.id).put("name", task.name).put("dr_type", task.drType)
                .put("status", task.status).put("dr_sync_period", task.drSyncPeriod)
                .put("start_time", time(task.startTime)).put("create_time", time(task.createTime));
        node.set("primary_cluster", cluster(world, task, task.primaryClusterId, task.primaryClusterRole));
        node.set("standby_cluster", cluster(world, task, task.standbyClusterId, task.standbyClusterRole));
        return node;
    }

    private static ObjectNode cluster(World world, DwsDrTask task, String clusterId, String role) {
        DwsCluster cluster = world.dwsCluster(clusterId).orElseThrow();
        return Json.object().put("id", cluster.id()).put("name", cluster.name())
                .put("cluster_az", cluster.availabilityZone()).put("role", role)
                .put("region", world.regionOf(cluster.projectId()))
                .put("status", clusterStatus(task, role))
                .put("progress", "running".equals(task.status) ? "100%" : "")
                .put("last_success_time", time(task.lastSuccessTime))
                .put("obs_bucket_name", "")
                .put("datastore_version", cluster.version()).put("datastore_type", "dws");
    }

    /** Per-cluster DR status: backing up / restoring while the task runs, otherwise the task's state. */
    private static String clusterStatus(DwsDrTask task, String role) {
        return switch (task.status) {
            case "running" -> "primary".equals(role) ? "backuping" : "restoring";
            case "abnormal" -> "abnormal";
            case "deleting" -> "drDeleted";
            default -> "stopped";
        };
    }

    static ObjectNode clusterDetail(World world, DwsCluster cluster, String taskStatus) {
        ObjectNode node = Json.object().put("id", cluster.id()).put("name", cluster.name())
                .put("status", cluster.status()).put("sub_status", "NORMAL").put("task_status", taskStatus)
                .put("version", cluster.version()).put("availability_zone", cluster.availabilityZone())
                .put("region", world.regionOf(cluster.projectId()));
        node.putObject("action_progress");
        return Json.object().set("cluster", node);
    }

    private static String time(Long epochMillis) {
        return epochMillis == null ? "" : TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
