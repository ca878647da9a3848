package dev.huaweidr.cloud.dws;

/**
 * Body of a DR task creation (spec §4.1). {@code drType} {@code az} or {@code region}; {@code drSyncPeriod}
 * e.g. {@code 20m}, {@code 2H}, {@code 1d}; the OBS buckets are optional. A cross-region task ({@code region})
 * also names the standby cluster's region and IAM project; an {@code az} task leaves both null (the call's own).
 */
public record CreateDisasterRecovery(String name, String drType, String primaryClusterId, String standbyClusterId,
        String drSyncPeriod, String primaryObsBucket, String standbyObsBucket, String standbyClusterRegion,
        String standbyClusterProjectId) {
}
