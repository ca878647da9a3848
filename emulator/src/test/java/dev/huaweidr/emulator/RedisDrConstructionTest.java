package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.huaweidr.emulator.RedisDrFlows.A;
import static dev.huaweidr.emulator.RedisDrFlows.B;
import static dev.huaweidr.emulator.RedisDrFlows.constructBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redis DR precheck, construction on both sides, the network rules, and deconstruction. */
class RedisDrConstructionTest extends EmulatorTestBase {
    private static final String PRECHECK_TO_B = "{\"operation\":\"construction\",\"disaster_recovery_instance\":"
            + "{\"vpc_cidr\":\"10.3.0.0/16\",\"spec_code\":\"geminidb.redis.large.4\",\"node_ips\":[\"10.3.1.11\"]}}";

    @Test
    void precheckPassesForAFitPair() {
        assertEquals(204, cloud.post(A + "/disaster-recovery/precheck", PRECHECK_TO_B).status());
    }

    /** The instance's own network is checked at precheck and again at construction. */
    private static void refusedAtPrecheckAndConstruction(String instanceId, String code) {
        String dr = "/v3/" + P1 + "/instances/" + instanceId + "/disaster-recovery";
        Reply precheck = cloud.post(dr + "/precheck", PRECHECK_TO_B);
        assertEquals(400, precheck.status());
        assertEquals(code, precheck.errorCode());
        assertEquals(code, cloud.post(dr + "/construction", constructBody("master", null, "p",
                "redis-b-in12", "ap-southeast-3", "10.3.1.0/24")).errorCode());
    }

    @Test
    void a192Or172SubnetIsRefusedAtPrecheckAndConstruction() {
        refusedAtPrecheckAndConstruction("redis-192-in12", "DBS.280462");
        assertEquals("DBS.280462", cloud.post(A + "/disaster-recovery/precheck",
                PRECHECK_TO_B.replace("10.3.0.0/16", "172.16.0.0/16")).errorCode());
        assertEquals("DBS.280462", cloud.post(A + "/disaster-recovery/construction", constructBody("master", null,
                "p", "redis-b-in12", "ap-southeast-3", "192.168.1.0/24")).errorCode());
    }

    @Test
    void aPortOtherThan8635IsRefusedAtPrecheckAndConstruction() {
        refusedAtPrecheckAndConstruction("redis-6379-in12", "DBS.280463");
    }

    @Test
    void buildingOnBothSidesGoesFromNewToSyncing() {
        assertEquals("NA", RedisDrFlows.syncStatus(cloud, A));
        assertEquals("", RedisDrFlows.role(cloud, A));
        Reply primary = RedisDrFlows.constructPrimary(cloud);
        assertEquals(202, primary.status());
        String drId = primary.text("/disaster_recovery_id");
        assertFalse(drId.isEmpty());
        assertEquals("ConstructDisasterRecovery", geminiInstance(P1, "redis-a-in12").at("/actions/0").asText());
        assertEquals("Completed", RedisDrFlows.awaitJob(P1, primary));
        assertEquals("NEW", RedisDrFlows.syncStatus(cloud, A));
        assertEquals("master", RedisDrFlows.role(cloud, A));

        Reply standby = RedisDrFlows.constructStandby(cloud, drId, "Str0ng!Pass");
        assertEquals(202, standby.status());
        assertEquals(drId, standby.text("/disaster_recovery_id"));
        assertEquals("Completed", RedisDrFlows.awaitJob(P3, standby));

        JsonNode status = cloud.get(A + "/disaster-recovery/data-synchronization").body();
        assertEquals("SYNCING", status.path("status").asText());
        assertEquals("redis-a-in12", status.path("master_instance_id").asText());
        assertEquals("redis-b-in12", status.path("slave_instance_id").asText());
        assertEquals("slave", RedisDrFlows.role(cloud, B));
    }

    @Test
    void theStandbyNeedsThePrimarysIdAndPassword() {
        Reply primary = RedisDrFlows.constructPrimary(cloud);
        String drId = primary.text("/disaster_recovery_id");
        Reply wrongPassword = RedisDrFlows.constructStandby(cloud, drId, "other-pass");
        assertEquals(400, wrongPassword.status());
        assertEquals("DBS.280464", wrongPassword.errorCode());
        assertFalse(wrongPassword.text("/error_msg").contains("Str0ng!Pass"));
        assertEquals("DBS.280464", RedisDrFlows.constructStandby(cloud, "no-such-id", "Str0ng!Pass").errorCode());
        assertEquals("DBS.280464", RedisDrFlows.constructStandby(cloud, null, "Str0ng!Pass").errorCode());
        assertEquals(202, RedisDrFlows.constructStandby(cloud, drId, "Str0ng!Pass").status());
    }

    @Test
    void aFailedPrimaryConstructionForgetsTheRelationship() {
        admin.post("/_emulator/faults", "{\"path\":\"redis-a-in12/disaster-recovery/construction\","
                + "\"job_fail_reason\":\"quota\",\"times\":1}");
        Reply primary = RedisDrFlows.constructPrimary(cloud);
        assertEquals("Failed", RedisDrFlows.awaitJob(P1, primary));
        assertEquals("NA", RedisDrFlows.syncStatus(cloud, A));
        assertEquals("DBS.280464", RedisDrFlows.constructStandby(cloud, primary.text("/disaster_recovery_id"),
                "Str0ng!Pass").errorCode());
        assertEquals(202, RedisDrFlows.constructPrimary(cloud).status(), "the primary may try again");
    }

    @Test
    void aSameRegionPairCanBeBuilt() {
        String c = "/v3/" + P1 + "/instances/redis-c-in12/disaster-recovery/construction";
        String d = "/v3/" + P1 + "/instances/redis-d-in12/disaster-recovery/construction";
        Reply primary = cloud.post(c, constructBody("master", null, "pw", "redis-d-in12", "ap-southeast-1",
                "10.1.2.0/24"));
        assertEquals(202, primary.status());
        Reply standby = cloud.post(d, constructBody("slave", primary.text("/disaster_recovery_id"), "pw",
                "redis-c-in12", "ap-southeast-1", "10.1.1.0/24"));
        assertEquals(202, standby.status());
        RedisDrFlows.awaitJob(P1, primary);
        RedisDrFlows.awaitJob(P1, standby);
        assertEquals("SYNCING", RedisDrFlows.syncStatus(cloud, "/v3/" + P1 + "/instances/redis-d-in12"));
    }

    @Test
    void deconstructionOnBothSidesRemovesThePair() {
        RedisDrFlows.buildPair(cloud);
        String deconstructionPrecheck = "{\"operation\":\"deconstruction\"}";
        assertEquals(204, cloud.post(A + "/disaster-recovery/precheck", deconstructionPrecheck).status());
        assertEquals(204, cloud.post(B + "/disaster-recovery/precheck", deconstructionPrecheck).status());
        Reply onA = cloud.post(A + "/disaster-recovery/deconstruction", null);
        Reply onB = cloud.post(B + "/disaster-recovery/deconstruction", null);
        assertEquals(202, onA.status());
        assertEquals(202, onB.status());
        assertEquals("Completed", RedisDrFlows.awaitJob(P1, onA));
        assertEquals("Completed", RedisDrFlows.awaitJob(P3, onB));
        assertEquals("NA", RedisDrFlows.syncStatus(cloud, A));
        assertEquals("NA", RedisDrFlows.syncStatus(cloud, B));
        assertEquals("", RedisDrFlows.role(cloud, B));
        Reply again = cloud.post(A + "/disaster-recovery/deconstruction", null);
        assertEquals(403, again.status());
        assertEquals("DBS.200011", again.errorCode());
    }

    @Test
    void anInstanceAlreadyInAPairCannotStartAnother() {
        RedisDrFlows.buildPair(cloud);
        Reply precheck = cloud.post(A + "/disaster-recovery/precheck", PRECHECK_TO_B);
        assertEquals(403, precheck.status());
        assertEquals("DBS.200011", precheck.errorCode());
        assertTrue(RedisDrFlows.constructPrimary(cloud).status() >= 400);
    }
}
