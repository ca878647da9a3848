package dev.huaweidr.cloud.dws;

/**
 * A DWS DR task in detail (spec §4.3).
 *
 * @param status {@code creating}, {@code create_failed}, {@code unstart}, {@code starting}, {@code start_failed},
 *               {@code running}, {@code stopping}, {@code stop_failed}, {@code switchovering}, {@code abnormal},
 *               {@code deleting}, {@code deleted}
 */
public record DisasterRecovery(String id, String name, String drType, String status, String drSyncPeriod,
        String startTime, String createTime, DrCluster primaryCluster, DrCluster standbyCluster) {

    /**
     * One cluster of the task, kept in its original slot: after a switchover or failover the cluster in
     * {@code standbyCluster} has {@code role} {@code primary}.
     *
     * @param role             {@code primary} or {@code standby}
     * @param status           {@code backuping}, {@code restoring}, {@code stopped}, {@code waiting},
     *                         {@code abnormal}, ...
     * @param datastoreVersion the cluster's version, e.g. {@code 8.2.1} or {@code 8.1.3.322}
     */
    public record DrCluster(String id, String name, String clusterAz, String role, String region, String status,
            String progress, String lastSuccessTime, String obsBucketName, String datastoreVersion) {
    }
}
