package dev.huaweidr.cloud.dws;

/** A DWS DR task as the list shows it (spec §4.2); {@code lastDisasterTime} is the last synchronization. */
public record DrTaskSummary(String id, String name, String status, String drType, String primaryClusterId,
        String primaryClusterName, String standbyClusterId, String standbyClusterName, String primaryClusterRole,
        String standbyClusterRole, String primaryClusterStatus, String standbyClusterStatus,
        String primaryClusterRegion, String standbyClusterRegion, String primaryClusterProjectId,
        String standbyClusterProjectId, String lastDisasterTime, String startTime, String createTime) {

    /** Whether the task joins {@code clusterId}, in either slot. */
    public boolean involves(String clusterId) {
        return clusterId.equals(primaryClusterId) || clusterId.equals(standbyClusterId);
    }
}
