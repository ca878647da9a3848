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
     * Meant for a broken primary or replication, so it usually starts from a healthy, stopped or abnormal task;
     * the API rules out no status (a task stuck {@code switchovering} or {@code start_failed} in an outage is
     * the very case), so others are warned about and left to DWS. The status it settles at is not documented
     * ({@code stopped} or {@code abnormal}): the roles decide.
     */
    public DwsFailover() {
        super(TYPE, new Transition("failover", "failing over",
                List.of("running", "abnormal", "stopped", "stop_failed"), false, "switchovering", "roles swapped",
                "8.1.2"));
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
                + "`huaweidr_dws_recovery` re-establishes it.\n\n"
                + "**While the primary's region is down:** for a cross-region task, set `standby_region`; DWS "
                + "serves the task from the standby cluster's region too, and the action calls through it when "
                + "`region` does not answer (see `call_through`), saying which region it used.\n\n"
                + "Before calling, the action refuses clusters that DWS documents cannot fail over: a version "
                + "older than 8.1.2 or a DWS 3.0 one (DWS 2.0 is needed). A task usually fails over from "
                + "`running`, `abnormal`, `stopped` or `stop_failed`; DWS rules out no status, so from any other "
                + "(say `switchovering` or `start_failed` during an outage) the action warns and lets DWS decide. "
                + "It follows the task through `switchovering` until the roles have swapped, reporting each "
                + "status and the clusters' progress; a failover is never repeated automatically.";
    }
}
