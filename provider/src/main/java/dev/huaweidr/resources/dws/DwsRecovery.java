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

    /**
     * DWS documents only that a failover comes first, which only it can tell (it refuses otherwise; the code is
     * undocumented); a task after a failover is {@code stopped} or {@code abnormal}, other statuses are warned
     * about and left to DWS.
     */
    public DwsRecovery() {
        super(TYPE, new Transition("recovery", "recovering", List.of("stopped", "abnormal"), false, "starting",
                "the task running", "8.1.2"));
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
                + "primary; until then there is no DR copy.\n\n"
                + "Before calling, the action refuses clusters older than 8.1.2 or of DWS 3.0 (DWS 2.0 is needed). "
                + "After a failover the task is `stopped` or `abnormal`; from another status the action warns and "
                + "lets DWS decide. It follows the task through `starting` until it runs, reporting each status "
                + "and the clusters' progress.";
    }
}
