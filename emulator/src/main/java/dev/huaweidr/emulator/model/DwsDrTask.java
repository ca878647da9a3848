package dev.huaweidr.emulator.model;

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

    public void swapRoles() {
        String role = primaryClusterRole;
        primaryClusterRole = standbyClusterRole;
        standbyClusterRole = role;
    }
}
