package dev.huaweidr.resources.geminidb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import org.junit.jupiter.api.Test;

/**
 * {@code huaweidr_geminidb_redis_dr_switchover}, {@code _failover} and the {@code huaweidr_geminidb_redis_dr_status}
 * data source through the real Terraform against the emulator, on a pair built by the relationship resource.
 */
class RedisDrActionsAccTest extends EmulatedAccTest {
    private static final String RELATIONSHIP = "huaweidr_geminidb_redis_dr_relationship.pair";
    private static final String PAIR = RedisDrRelationshipAccTest.pair("redis-c-in12", "redis-d-in12", null, null);
    private static final String DEMOTE = "POST /v3/{project_id}/instances/{instance_id}/switchover-slave";
    private static final String PROMOTE = "POST /v3/{project_id}/instances/{instance_id}/switchover-master";

    static String action(String kind, String instanceId, String timeout) {
        return "action \"huaweidr_geminidb_redis_dr_" + kind + "\" \"to_" + instanceId.charAt(6) + "\" {\n"
                + "  config {\n    instance_id = \"" + instanceId + "\"\n"
                + (timeout == null ? "" : "    timeout     = \"" + timeout + "\"\n") + "  }\n}\n";
    }

    private TerraformCli.Result invoke(String kind, String to) {
        return ws.run("apply", "-auto-approve", "-invoke=action.huaweidr_geminidb_redis_dr_" + kind + ".to_" + to);
    }

    @Test
    void switchoverAndFailoverChangeThePrimaryWithoutReplacingTheRelationship() {
        String actions = action("switchover", "redis-d-in12", null) + action("failover", "redis-c-in12", null);
        ws.config(config(PAIR + actions));
        ws.apply();
        assertEquals("redis-c-in12", currentPrimary());

        TerraformCli.Result switchover = invoke("switchover", "d");
        assertEquals(0, switchover.exitCode(), switchover.toString());
        String out = switchover.stdout();
        String line = "Action action.huaweidr_geminidb_redis_dr_switchover.to_d (triggered by CLI): ";
        assertTrue(out.contains(line + "Checked the pair: redis-c-in12 is primary, redis-d-in12 standby, SYNCING"),
                out);
        assertTrue(out.contains("writes are refused in between; expected RPO 0 s, RTO 30 s"), out);
        int demoted = out.indexOf(line + "Demoted redis-c-in12");
        int promoted = out.indexOf(line + "Promoted redis-d-in12");
        assertTrue(demoted >= 0 && promoted > demoted, "demotes, then promotes:\n" + out);
        assertTrue(out.contains("SwitchOverDisasterRecovery on redis-d: Completed"), out);
        assertTrue(out.contains(line + "redis-d-in12 is now the primary and redis-c-in12 the standby"), out);
        assertTrue(out.contains("Action complete"), out);
        assertEquals("redis-d-in12", emulatorPrimary(), "the emulator swapped the roles");
        assertEquals(1, cloud.calls(DEMOTE));
        assertEquals(1, cloud.calls(PROMOTE));
        assertRefreshShowsPrimary("redis-d-in12");

        TerraformCli.Result failover = invoke("failover", "c");
        assertEquals(0, failover.exitCode(), failover.toString());
        out = failover.stdout();
        int warned = out.indexOf("A failover loses data not yet synchronized: redis-c-in12 is promoted without "
                + "redis-d-in12");
        int started = out.indexOf("Started the promotion of redis-c-in12");
        assertTrue(warned >= 0 && started > warned, "warns before it starts:\n" + out);
        assertTrue(out.contains("redis-c-in12 is now the primary of the DR pair"), out);
        assertEquals("redis-c-in12", emulatorPrimary());
        assertEquals(1, cloud.calls(DEMOTE), "a failover leaves the primary alone");
        assertRefreshShowsPrimary("redis-c-in12");

        TerraformCli.Result again = invoke("failover", "c");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.stdout().contains("redis-c-in12 is the primary of its DR pair already: nothing to do"),
                again.stdout());
        assertEquals(2, cloud.calls(PROMOTE), "nothing promoted the second time");
    }

    /**
     * The emulator fails every call to a project of ap-southeast-1, where the primary of the cross-region pair
     * is: the failover calls only the standby's region, succeeds and says so; once the region answers again,
     * a planned switchover makes the first primary primary again.
     */
    @Test
    void aFailoverWhileThePrimarysRegionIsDownCallsOnlyTheStandbysThenFailsBackOnceItReturns() {
        String actions = "action \"huaweidr_geminidb_redis_dr_failover\" \"to_b\" {\n  config {\n"
                + "    instance_id = \"redis-b-in12\"\n    region      = \"ap-southeast-3\"\n  }\n}\n"
                + "action \"huaweidr_geminidb_redis_dr_switchover\" \"to_a\" {\n  config {\n"
                + "    instance_id    = \"redis-a-in12\"\n    primary_region = \"ap-southeast-3\"\n  }\n}\n";
        ws.config(config(RedisDrRelationshipAccTest.pair("redis-a-in12", "redis-b-in12", "ap-southeast-3", null)
                + actions));
        ws.apply();
        cloud.fault("{\"region\":\"ap-southeast-1\",\"reset_connection\":true,\"times\":1000}");

        TerraformCli.Result failover = invoke("failover", "b");
        assertEquals(0, failover.exitCode(), failover.toString());
        String out = failover.stdout();
        assertTrue(out.contains("Checked the pair through ap-southeast-3, the standby's region (the failover calls "
                + "no other): redis-a-in12 is primary, redis-b-in12 standby, SYNCING"), out);
        assertTrue(out.contains("redis-b-in12 is now the primary of the DR pair"), "reports the new roles:\n" + out);
        assertEquals("redis-b-in12", emulatorPrimary());
        assertEquals(1000, cloud.faults().path(0).path("times").asInt(), "no call went to ap-southeast-1");

        cloud.clearFaults();
        assertRefreshShowsPrimary("redis-b-in12");
        TerraformCli.Result back = invoke("switchover", "a");
        assertEquals(0, back.exitCode(), back.toString());
        assertTrue(back.stdout().contains("redis-a-in12 is now the primary and redis-b-in12 the standby"),
                back.stdout());
        assertRefreshShowsPrimary("redis-a-in12");
    }

    /** The destroy warning names the roles the refresh before it read, not those the pair was built with. */
    @Test
    void afterAFailoverTheDestroyWarningNamesTheNewPrimary() {
        ws.config(config(PAIR + action("failover", "redis-d-in12", null)));
        ws.apply();
        assertEquals(0, invoke("failover", "d").exitCode());

        String destroy = ws.destroy().output().replaceAll("\\s+", " ");
        assertTrue(destroy.contains("Destroying redis-c-in12/redis-d-in12 stops replication from redis-d-in12, the "
                + "primary now, to redis-c-in12, the standby now (the pair was built the other way round; a "
                + "switchover or failover swapped them)"), destroy);
    }

    @Test
    void refusalsFailedJobsAndTimeoutsChangeNothingOrSayHowFarTheyGot() {
        ws.config(config(action("switchover", "redis-a-in12", null)));
        TerraformCli.Result lonely = invoke("switchover", "a");
        assertEquals(1, lonely.exitCode(), lonely.toString());
        assertTrue(lonely.output().contains("Cannot switch over to redis-a-in12"), lonely.output());
        assertTrue(lonely.output().contains("Instance redis-a-in12 is in no DR pair. Nothing was changed."),
                lonely.output());

        ws.config(config(PAIR + action("switchover", "redis-d-in12", null)
                + action("failover", "redis-d-in12", "20s")));
        ws.apply();
        cloud.outOfBand("geminidb/redis-c-in12", "{\"action\":\"pause_sync\"}");
        TerraformCli.Result paused = invoke("switchover", "d");
        assertEquals(1, paused.exitCode(), paused.toString());
        assertTrue(paused.output().contains("A planned switchover needs the pair synchronizing (SYNCING); it is "
                + "SUSPENDED"), paused.output());
        assertEquals(0, cloud.calls(DEMOTE) + cloud.calls(PROMOTE), "no switchover call was made");
        cloud.outOfBand("geminidb/redis-c-in12", "{\"action\":\"resume_sync\"}");

        cloud.fault("{\"path\":\"switchover-slave$\",\"job_fail_reason\":\"primary is overloaded\",\"times\":1}");
        TerraformCli.Result failed = invoke("switchover", "d");
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.output().contains("Failed switching over to redis-d-in12"), failed.output());
        assertTrue(failed.output().contains("(SwitchOverDisasterRecovery on redis-c) failed with status Failed: "
                + "primary is overloaded"), failed.output());
        assertEquals(0, cloud.calls(PROMOTE), "not promoted after a failed demotion");
        assertEquals("redis-c-in12", emulatorPrimary());

        cloud.fault("{\"path\":\"switchover-master$\",\"job_millis\":600000,\"times\":1}");
        TerraformCli.Result slow = invoke("failover", "d");
        assertEquals(1, slow.exitCode(), slow.toString());
        assertTrue(slow.output().contains("Timed out while failing over to redis-d-in12: GeminiDB job"), slow.output());
        assertTrue(slow.output().contains("(SwitchOverDisasterRecovery on redis-d) still Running at"), slow.output());
        assertTrue(slow.output().contains("Started the promotion of redis-d-in12"), "says how far it got:\n"
                + slow.output());
        assertEquals("redis-c-in12", emulatorPrimary(), "the promotion is still running");
    }

    @Test
    void dataSourceShowsThePairAsTheEmulatorHoldsIt() {
        String reads = "data \"huaweidr_geminidb_redis_dr_status\" \"primary\" {\n"
                + "  instance_id = huaweidr_geminidb_redis_dr_relationship.pair.current_primary_instance_id\n}\n"
                + "data \"huaweidr_geminidb_redis_dr_status\" \"standby\" {\n"
                + "  instance_id = huaweidr_geminidb_redis_dr_relationship.pair.standby.instance_id\n}\n"
                + "data \"huaweidr_geminidb_redis_dr_status\" \"alone\" {\n  instance_id = \"redis-a-in12\"\n}\n";
        ws.config(config(PAIR + reads));
        ws.apply();
        JsonNode primary = ws.resource("data.huaweidr_geminidb_redis_dr_status.primary").path("values");
        assertEquals("master", primary.path("role").asText());
        assertEquals("redis-c-in12", primary.path("master_instance_id").asText());
        assertEquals("redis-d-in12", primary.path("slave_instance_id").asText());
        assertEquals("SYNCING", primary.path("sync_status").asText());
        assertEquals(1200, primary.path("data_sync_indicators").path("rsync_ops").asInt());
        assertEquals(1, primary.path("data_sync_indicators").path("rsync_status").asInt());
        assertEquals(5, primary.path("rto_and_rpo").path("FAILOVER").path("rpo").asInt());
        assertEquals(30, primary.path("rto_and_rpo").path("SWITCHOVER").path("rto").asInt());

        JsonNode standby = ws.resource("data.huaweidr_geminidb_redis_dr_status.standby").path("values");
        assertEquals("slave", standby.path("role").asText());
        assertEquals("redis-c-in12", standby.path("master_instance_id").asText());
        assertTrue(standby.path("data_sync_indicators").isNull(), "figures are given on the primary only");
        assertEquals(0, standby.path("rto_and_rpo").size());

        JsonNode alone = ws.resource("data.huaweidr_geminidb_redis_dr_status.alone").path("values");
        assertEquals("NA", alone.path("sync_status").asText());
        assertTrue(alone.path("role").isNull());
        assertTrue(alone.path("master_instance_id").isNull());
    }

    /**
     * The plan after a switch changes nothing ({@code -detailed-exitcode} 0, the relationship a no-op, nothing
     * replaced) and its refreshed state holds the new primary; an apply of that refresh records it.
     */
    private void assertRefreshShowsPrimary(String after) {
        TerraformCli.Result plan = ws.run("plan", "-detailed-exitcode", "-out=switched.tfplan");
        assertEquals(0, plan.exitCode(), plan.toString());
        JsonNode saved = Workspace.json(ws.ok("show", "-json", "switched.tfplan").stdout());
        for (JsonNode change : saved.path("resource_changes")) {
            if (RELATIONSHIP.equals(change.path("address").asText())) {
                assertEquals("[\"no-op\"]", change.path("change").path("actions").toString());
            }
        }
        JsonNode refreshed = null;
        for (JsonNode resource : saved.path("prior_state").path("values").path("root_module").path("resources")) {
            if (RELATIONSHIP.equals(resource.path("address").asText())) {
                refreshed = resource.path("values");
            }
        }
        assertEquals(after, refreshed.path("current_primary_instance_id").asText(), saved.toString());
        ws.apply("-refresh-only");
        assertEquals(after, currentPrimary());
        assertEquals(0, ws.plan().exitCode(), "nothing to change once refreshed");
    }

    private String currentPrimary() {
        return ws.resource(RELATIONSHIP).path("values").path("current_primary_instance_id").asText();
    }

    /** The primary of the emulator's only DR pair. */
    private String emulatorPrimary() {
        JsonNode pairs = cloud.state().path("redis_dr_pairs");
        assertEquals(1, pairs.size(), pairs.toString());
        return pairs.path(0).path("master_instance_id").asText();
    }
}
