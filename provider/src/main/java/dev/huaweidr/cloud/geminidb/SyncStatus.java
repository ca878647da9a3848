package dev.huaweidr.cloud.geminidb;

import java.util.List;

/**
 * Redis DR data synchronization as one instance reports it (spec §3.10); indicators only on the primary.
 *
 * @param status {@code NA} (no DR pair), {@code NEW} (built on the primary only), {@code SYNCING},
 *               {@code SUSPENDING}, {@code SUSPENDED}, {@code RECOVERYING}
 */
public record SyncStatus(String masterInstanceId, String slaveInstanceId, String status,
        SyncIndicators dataSyncIndicators, List<RpoRto> rtoAndRpoIndicators) {
    /** The status of an instance in no DR pair. */
    public static final SyncStatus NONE = new SyncStatus("", "", "NA", null, List.of());

    public SyncStatus {
        rtoAndRpoIndicators = rtoAndRpoIndicators == null ? List.of() : List.copyOf(rtoAndRpoIndicators);
    }

    /** Whether the instance is part of a DR pair (complete or half-built). */
    public boolean isInPair() {
        return status != null && !status.isEmpty() && !"NA".equals(status);
    }

    /** Replication figures: ops/s, WAL MB, costs in microseconds, {@code rsyncStatus} 1 = syncing. */
    public record SyncIndicators(Long rsyncOps, Long rsyncWalSize, Long rsyncPushCost, Long rsyncSendCost,
            Long rsyncMaxPushCost, Long rsyncMaxSendCost, Integer rsyncStatus) {
    }

    /** Recovery point and time objectives in seconds for a scene ({@code FAILOVER}, {@code SWITCHOVER}). */
    public record RpoRto(String scene, Long rpo, Long rto) {
    }
}
