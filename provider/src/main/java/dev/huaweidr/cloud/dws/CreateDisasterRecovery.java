package dev.huaweidr.cloud.dws;

/**
 * Body of a DR task creation (spec §4.1). {@code drType} {@code az} or {@code region}; {@code drSyncPeriod}
 * e.g. {@code 20m}, {@code 2H}, {@code 1d}; the OBS buckets are optional.
 */
public record CreateDisasterRecovery(String name, String drType, String primaryClusterId, String standbyClusterId,
        String drSyncPeriod, String primaryObsBucket, String standbyObsBucket) {
}
