package dev.huaweidr.emulator.model;

import java.util.stream.Stream;

/**
 * A DWS DR task. The clusters keep their slots (primary_cluster / standby_cluster); switchover and
 * failover swap the slots' roles. Times are epoch milliseconds.
 */
public final class DwsDrTask {
    public String id;
    public String name;
    public String projectId;
    public String drType = "az";
    public String primaryClusterId;
    public String standbyClusterId;
    public String drSyncPeriod = "30m";
    public String status = "unstart";
    public String primaryClusterRole = "primary";
    public String standbyClusterRole = "standby";
    /** Set by a failover, cleared by recovery (only a failed-over task may be recovered). */
    public boolean failedOver;
    public long createTime;
    public Long startTime;
    public Long lastSuccessTime;

    public boolean involves(String clusterId) {
        return clusterId.equals(primaryClusterId) || clusterId.equals(standbyClusterId);
    }

    /**
     * Whether a project serves the task: the one it was created in, and each of its clusters' projects, so that
     * a cross-region task can be read and operated from either region.
     */
    public boolean servedBy(World world, String project) {
        return project.equals(projectId) || Stream.of(primaryClusterId, standbyClusterId)
                .anyMatch(id -> world.dwsCluster(id).filter(c -> c.projectId().equals(project)).isPresent());
    }

    public void swapRoles() {
        String role = primaryClusterRole;
        primaryClusterRole = standbyClusterRole;
        standbyClusterRole = role;
    }
}
