package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.Dws;
import java.util.List;

/**
 * {@code huaweidr_dws_recovery}: after a failover, re-establishes DR from the new primary to the old one,
 * whose data is replaced by a full copy.
 */
public final class DwsRecovery extends DwsTaskAction {
    static final String TYPE = "huaweidr_dws_recovery";

    /** DWS also requires a failover before, which only it can tell: it refuses otherwise (code undocumented). */
    public DwsRecovery() {
        super(TYPE, new Transition("recovery", "recovering", List.of("stopped", "abnormal"), "starting",
                "the task running"));
    }

    @Override
    boolean reached(DisasterRecovery before, DisasterRecovery after) {
        return "running".equals(after.status());
    }

    @Override
    String cost(DisasterRecovery before) {
        return "Recovering: the data in standby " + DwsRoles.standbyName(before) + " is deleted and copied again "
                + "from primary " + DwsRoles.primaryName(before) + "; until that copy completes there is no DR copy";
    }

    @Override
    String outcome(DisasterRecovery after) {
        return "Recovery complete: " + DwsRoles.primaryName(after) + " replicates to "
                + DwsRoles.standbyName(after) + ", the task is " + after.status();
    }

    @Override
    void start(Dws dws, String id) {
        dws.recovery(id);
    }

    @Override
    String description() {
        return "Re-establishes disaster recovery after `huaweidr_dws_failover` (*DR recovery*, the way back): "
                + "the old primary, healthy again, becomes the standby of the new primary and replication "
                + "resumes.\n\n"
                + "**Cost:** the data in the standby cluster is deleted and copied again in full from the "
                + "primary; until then there is no DR copy. Needs DWS 2.0 clusters of version 8.1.2 or later.\n\n"
                + "The task must be `stopped` or `abnormal` after a failover. The action follows it through "
                + "`starting` until it runs, reporting each status and the clusters' progress.";
    }
}
