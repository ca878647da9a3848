package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.RedisDrRelationshipAccTest.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/**
 * The cloud's rules and failures, as a user meets them: with the cloud's answer, and nothing lost. The rules are
 * documented, their codes are not: {@code DBS.280462} and {@code DBS.280463} are the emulator's
 * (docs/cloud-contract.md), shown to the user as any answer is.
 */
class RedisDrRulesAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_redis_dr_relationship.pair";
    private static final String CONSTRUCT = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";

    @Test
    void aSubnetStartingWith192IsRefusedAtPlanWithTheCloudsAnswer() {
        ws.config(config(pair("redis-192-in12", "redis-d-in12", null, null)));
        TerraformCli.Result plan = ws.plan();
        assertEquals(1, plan.exitCode(), "the cloud's precheck runs at plan time:\n" + plan);
        assertTrue(plan.output().contains("DBS.280462"), plan.output());
        assertEquals(0, cloud.calls(CONSTRUCT), "nothing was built");
        assertNull(ws.resource(ADDRESS), "nothing is recorded");
    }

    @Test
    void aPortOtherThan8635IsRefusedWithTheCloudsAnswer() {
        ws.config(config(pair("redis-6379-in12", "redis-d-in12", null, null)));
        TerraformCli.Result apply = ws.run("apply", "-auto-approve");
        assertEquals(1, apply.exitCode(), apply.toString());
        assertTrue(apply.output().contains("DBS.280463"), apply.output());
    }

    @Test
    void aNewPairNeedsAnAliasAndAPasswordWhichAnImportedOneMayLeaveOut() {
        ws.config(config("resource \"huaweidr_geminidb_redis_dr_relationship\" \"pair\" {\n"
                + "  primary {\n    instance_id = \"redis-c-in12\"\n  }\n"
                + "  standby {\n    instance_id = \"redis-d-in12\"\n  }\n}\n"));
        assertEquals(0, ws.run("validate").exitCode(), "valid: an imported pair is configured like this");
        TerraformCli.Result plan = ws.plan();
        assertEquals(1, plan.exitCode(), plan.toString());
        assertTrue(plan.output().contains("Missing alias"), plan.output());
        assertTrue(plan.output().contains("Missing password"), plan.output());
    }

    @Test
    void aBusyInstanceIsRetriedUntilItIsFree() {
        cloud.fault("{\"method\":\"POST\",\"path\":\".*/redis-c-in12/disaster-recovery/construction\","
                + "\"status\":403,\"error_code\":\"DBS.200019\",\"error_msg\":\"Another operation is running.\",\"times\":2}");
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        ws.apply();
        assertEquals("SYNCING", ws.resource(ADDRESS).path("values").path("sync_status").asText());
        ws.destroy();
    }

    private static final String CONSTRUCTION =
            "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";
    private static final String DECONSTRUCTION =
            "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/deconstruction";

    @Test
    void aStandbyConstructionFailingAfterThePrimaryIsRecordedAndTheNextApplyConverges() {
        cloud.fault("{\"method\":\"POST\",\"path\":\".*/redis-d-in12/disaster-recovery/construction\","
                + "\"job_fail_reason\":\"standby disk full\",\"times\":1}");
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        TerraformCli.Result failed = ws.run("apply", "-auto-approve");
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.output().contains("standby disk full"), failed.output());
        JsonNode recorded = ws.resource(ADDRESS);
        assertTrue(recorded.path("tainted").asBoolean(), "what exists in the cloud is recorded, tainted");
        assertEquals("NEW", recorded.path("values").path("sync_status").asText(), "built on the primary only");
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud), "the half-built pair is in state, and only it");

        TerraformCli.Result plan = ws.plan();
        assertTrue(plan.stdout().contains("is tainted, so must be replaced"), plan.stdout());
        cloud.clearCalls();
        ws.apply();
        assertEquals("SYNCING", ws.resource(ADDRESS).path("values").path("sync_status").asText());
        assertEquals(1, cloud.calls(DECONSTRUCTION), "the primary, once");
        assertEquals(2, cloud.calls(CONSTRUCTION), "each side constructed once more, nothing twice");
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud));
        assertEquals(0, ws.plan().exitCode());
        ws.destroy();
    }
}
