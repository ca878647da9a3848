package dev.huaweidr.resources.dws;

import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.ADDRESS;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.inCloud;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.period;
import static dev.huaweidr.resources.dws.DwsDisasterRecoveryTaskAccTest.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/**
 * A platform team's whole DWS DR story, entirely from Terraform: the task is built and run by the resource,
 * failed over while the production region does not answer at all, failed back once it does, and torn down.
 */
class DwsDisasterRecoveryLifecycleAccTest extends EmulatedAccTest {
    private static final String OUTAGE = "{\"region\":\"ap-southeast-1\",\"reset_connection\":true}";

    /** The cross-region task and the three actions on it, which reach it through the standby's region too. */
    private static final String CONFIG = task("  name               = \"dr-far\"\n  dr_type            = \"region\"\n"
            + "  primary_cluster_id = \"dws-spare-a\"\n  standby_cluster_id = \"dws-spare-c\"\n"
            + "  standby_region     = \"ap-southeast-3\"\n" + period("1H"))
            + action("failover") + action("recovery") + action("switchover");

    private static String action(String operation) {
        return "action \"huaweidr_dws_" + operation + "\" \"dr\" {\n  config {\n"
                + "    disaster_recovery_id = " + ADDRESS + ".id\n"
                + "    standby_region       = " + ADDRESS + ".standby_region\n  }\n}\n";
    }

    /** During the outage nothing can be refreshed in the production region: the invocation alone is run. */
    private TerraformCli.Result invoke(String operation, String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "apply";
        args[1] = "-auto-approve";
        args[2] = "-invoke=action.huaweidr_dws_" + operation + ".dr";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return ws.run(args);
    }

    private JsonNode values() {
        return ws.resource(ADDRESS).path("values");
    }

    @Test
    void builtRunFailedOverDuringAnOutageFailedBackAndTornDown() {
        ws.config(config(CONFIG));
        ws.apply();
        assertEquals("running", values().path("status").asText(), "built and running");
        assertEquals("dws-spare-a", values().path("current_primary_cluster_id").asText());

        cloud.fault(OUTAGE);
        TerraformCli.Result failover = invoke("failover", "-refresh=false");
        assertEquals(0, failover.exitCode(), failover.toString());
        assertTrue(failover.stdout().contains("Failover complete: dws-spare-c is primary"),
                "failed over with the production region down, and says who is primary:\n" + failover.stdout());

        cloud.clearFaults();
        ws.ok("apply", "-refresh-only", "-auto-approve");
        assertEquals("dws-spare-c", values().path("current_primary_cluster_id").asText(),
                "the state follows the failover once the region answers");

        TerraformCli.Result recovery = invoke("recovery");
        assertEquals(0, recovery.exitCode(), recovery.toString());
        TerraformCli.Result switchover = invoke("switchover");
        assertEquals(0, switchover.exitCode(), switchover.toString());
        assertTrue(switchover.stdout().contains("Switchover complete: dws-spare-a is primary"),
                "failed back:\n" + switchover.stdout());

        TerraformCli.Result settled = ws.plan();
        assertEquals(0, settled.exitCode(), "failed back, the task is as configured again:\n" + settled);
        ws.ok("apply", "-refresh-only", "-auto-approve");
        assertEquals("running", values().path("status").asText());
        assertEquals("dws-spare-a", values().path("current_primary_cluster_id").asText());

        ws.destroy();
        assertTrue(inCloud(cloud, "dr-far").isMissingNode(), "torn down");
    }
}
