package dev.huaweidr.cloud.dws;

import java.util.List;

/** The JSON envelopes DWS wraps its models in; they never leave this package. */
final class Envelopes {
    private Envelopes() {
    }

    record Detail(DisasterRecovery disasterRecovery) {
    }

    record Summaries(List<DrTaskSummary> disasterRecovery) {
        Summaries {
            disasterRecovery = disasterRecovery == null ? List.of() : disasterRecovery;
        }
    }

    record Create(CreateDisasterRecovery disasterRecovery) {
    }

    record SyncPeriod(String drSyncPeriod) {
    }

    record Update(SyncPeriod disasterRecovery) {
    }

    record Id(String id) {
    }

    record IdAnswer(Id disasterRecovery) {
    }

    record ClusterDetail(Cluster cluster) {
    }
}
