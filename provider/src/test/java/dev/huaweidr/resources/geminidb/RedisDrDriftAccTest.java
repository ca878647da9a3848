package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.RedisDrRelationshipAccTest.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import org.junit.jupiter.api.Test;

/** Changes made outside Terraform, caught by {@code terraform plan -detailed-exitcode} as CI runs it. */
class RedisDrDriftAccTest extends EmulatedAccTest {
    private static final String ADDRESS = "huaweidr_geminidb_redis_dr_relationship.pair";

    @Test
    void aPairDeconstructedOutOfBandIsPlannedForCreationAndRebuilt() {
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        ws.apply();
        cloud.outOfBand("geminidb/redis-c-in12", "{\"action\":\"deconstruct_dr\"}");

        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains(ADDRESS + " will be created"), plan.stdout());
        ws.apply();
        assertEquals("SYNCING", ws.resource(ADDRESS).path("values").path("sync_status").asText());
        assertEquals(0, ws.plan().exitCode());
        ws.destroy();
    }

    @Test
    void aSyncPausedOutOfBandIsPlannedAsAnUpdateAndResumed() {
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        ws.apply();
        cloud.outOfBand("geminidb/redis-c-in12", "{\"action\":\"pause_sync\"}");

        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("data_sync                   = \"paused\" -> \"running\""), plan.stdout());
        assertFalse(plan.stdout().contains("must be replaced"), plan.stdout());
        ws.apply();
        assertEquals("SYNCING", ws.resource(ADDRESS).path("values").path("sync_status").asText());
        assertEquals(0, ws.plan().exitCode());
        ws.destroy();
    }

    @Test
    void aFailoverOutOfBandMovesThePrimaryWithoutReplacingThePair() {
        ws.config(config(pair("redis-c-in12", "redis-d-in12", null, null)));
        ws.apply();
        cloud.outOfBand("geminidb/redis-d-in12", "{\"action\":\"failover\"}");

        TerraformCli.Result plan = ws.plan();
        assertEquals(0, plan.exitCode(), "roles flipping is not a change to plan:\n" + plan);
        ws.ok("apply", "-refresh-only", "-auto-approve");
        assertEquals("redis-d-in12", ws.resource(ADDRESS).path("values").path("current_primary_instance_id").asText());
        assertEquals("redis-c-in12", ws.resource(ADDRESS).path("values").path("primary").path("instance_id").asText(),
                "the configured roles stay as built");
        ws.destroy();
    }
}
