package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.Dws;
import java.util.List;

/**
 * {@code huaweidr_dws_failover}: the exception switchover of a DWS DR task. The standby cluster becomes
 * primary at once, without a final synchronization, so whatever the old primary wrote since the last
 * successful synchronization is lost; replication stays stopped until {@code huaweidr_dws_recovery}.
 */
public final class DwsFailover extends DwsTaskAction {
    static final String TYPE = "huaweidr_dws_failover";

    /**
     * Meant for a broken primary or replication, so it starts from a healthy, stopped or abnormal task alike.
     * The status it settles at is not documented ({@code stopped} or {@code abnormal}): the roles decide.
     */
    public DwsFailover() {
        super(TYPE, new Transition("failover", "failing over",
                List.of("running", "abnormal", "stopped", "stop_failed"), "switchovering", "roles swapped"));
    }

    @Override
    boolean reached(DisasterRecovery before, DisasterRecovery after) {
        return DwsRoles.swapped(before, after);
    }

    @Override
    String cost(DisasterRecovery before) {
        return "A failover loses data not yet synchronized: standby " + DwsRoles.standbyName(before)
                + " becomes primary without a final synchronization, so changes made on "
                + DwsRoles.primaryName(before) + " after the last successful synchronization (" + lastSync(before)
                + ") are lost";
    }

    @Override
    String outcome(DisasterRecovery after) {
        return "Failover complete: " + DwsRoles.primaryName(after) + " is primary, the task is " + after.status()
                + "; invoke huaweidr_dws_recovery once " + DwsRoles.standbyName(after)
                + " is healthy to protect the new primary again";
    }

    @Override
    void start(Dws dws, String id) {
        dws.failover(id);
    }

    @Override
    String description() {
        return "Fails a DWS disaster-recovery task over (*exception switchover*): the standby cluster becomes "
                + "primary at once, for when the primary cluster or replication has failed.\n\n"
                + "**Cost:** data written to the old primary after the last successful synchronization is "
                + "**lost**; the action reports that time before it starts. Replication stays stopped until "
                + "`huaweidr_dws_recovery` re-establishes it. Needs DWS 2.0 clusters of version 8.1.2 or later.\n\n"
                + "The task must be `running`, `abnormal`, `stopped` or `stop_failed`. The action follows it "
                + "through `switchovering` until the roles have swapped, reporting each status and the clusters' "
                + "progress; a failover is never repeated automatically.";
    }
}
