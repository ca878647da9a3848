package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.Dws;
import java.util.List;

/**
 * {@code huaweidr_dws_switchover}: the planned switchover of a running DWS DR task. The clusters trade roles
 * and replication goes on in the other direction; the primary is unavailable while they switch.
 */
public final class DwsSwitchover extends DwsTaskAction {
    static final String TYPE = "huaweidr_dws_switchover";

    public DwsSwitchover() {
        super(TYPE, new Transition("switchover", "switching over", List.of("running"), true, "switchovering",
                "roles swapped and the task running", null));
    }

    @Override
    boolean reached(DisasterRecovery before, DisasterRecovery after) {
        return DwsRoles.swapped(before, after) && "running".equals(after.status());
    }

    @Override
    String cost(DisasterRecovery before) {
        String primary = DwsRoles.primaryName(before);
        return "Switching over: " + primary + " is unavailable while " + DwsRoles.standbyName(before)
                + " takes over as primary; no data is lost while " + primary + " is available, otherwise changes "
                + "after the last successful synchronization (" + lastSync(before) + ") are lost";
    }

    @Override
    String outcome(DisasterRecovery after) {
        return "Switchover complete: " + DwsRoles.primaryName(after) + " is primary, "
                + DwsRoles.standbyName(after) + " is standby, the task is " + after.status();
    }

    @Override
    void start(Dws dws, String id) {
        dws.switchover(id);
    }

    @Override
    String description() {
        return "Switches a running DWS disaster-recovery task over as planned: the standby cluster becomes "
                + "primary, the primary becomes standby, and replication continues in the other direction.\n\n"
                + "**Cost:** the primary cluster is unavailable during the switch. No data is lost while it is "
                + "available (RPO 0); otherwise data after the last successful synchronization is lost, which "
                + "the action reports before it starts.\n\n"
                + "The task must be `running` (as DWS documents) and its clusters DWS 2.0. The action follows it "
                + "through `switchovering` until it runs again with the roles swapped, reporting each status and "
                + "the clusters' progress. After a failover and `huaweidr_dws_recovery`, this is the way back to "
                + "the original primary.";
    }
}
