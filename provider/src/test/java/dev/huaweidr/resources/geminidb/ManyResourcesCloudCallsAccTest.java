package dev.huaweidr.resources.geminidb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.Fleet;
import dev.huaweidr.emulator.EmulatorOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What many resources cost in cloud calls, counted by the emulator: a command's instance lookups grow with the
 * pages of each region's list, not with the resources, and so do the offered regions a plan checks and the
 * subnets it reads. What the API answers per instance only (a Redis pair's synchronization status, its
 * prechecks) stays per instance. The world holds 150 copies of the quickstart's instances: ap-southeast-1 has
 * 152 Cassandra and 305 Redis instances (2 and 4 pages of the list), ap-southeast-3 151 Cassandra (2 pages).
 */
class ManyResourcesCloudCallsAccTest extends EmulatedAccTest {
    private static final String INSTANCES = "GET /v3/{project_id}/instances";
    private static final String PROJECTS = "GET /v3/projects";
    private static final String REGIONS = "GET /v3/{project_id}/instances/{instance_id}/disaster-recovery/regions";
    private static final String SUBNETS = "GET /v1/{project_id}/subnets/{subnet_id}";
    private static final String SYNC_STATUS = "GET /v3/{project_id}/instances/{instance_id}/disaster-recovery/"
            + "data-synchronization";
    private static final String PRECHECK = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/precheck";
    /**
     * Lookups a list cannot spare: each region's first, made alone before a second one shows that more are
     * coming, and any that arrive apart from the others on a loaded machine. Their number does not depend on
     * how many resources a command has.
     */
    private static final int LONE_LOOKUPS = 3;

    @Override
    protected EmulatorOptions emulatorOptions() {
        return CloudEmulator.options().withSeed(Fleet.seed(150));
    }

    @Test
    void aPlanOfNewLinksListsEachRegionOnceHoweverManyLinksItHas() {
        for (int links : new int[] {30, 120}) {
            ws.config(config(Fleet.links(links, 0)));
            cloud.clearCalls();
            assertEquals(2, ws.plan().exitCode(), "changes: the links to make");
            Map<String, Integer> calls = cloud.calls();
            assertTrue(calls.get(INSTANCES) <= 2 * (2 + LONE_LOOKUPS), links + " links: " + calls);
            assertEquals(1, calls.get(REGIONS), links + " links: the regions one source offers stand for all");
            assertEquals(2, calls.get(PROJECTS), links + " links: one per region");
        }
    }

    @Test
    void aRefreshOfManyLinksListsTheirRegionOnce() {
        ws.config(config(Fleet.links(120, 0)));
        ws.apply();
        cloud.clearCalls();
        assertEquals(0, ws.plan().exitCode(), "no changes");
        assertTrue(cloud.calls(INSTANCES) <= 2 + LONE_LOOKUPS, cloud.calls().toString());
        assertEquals(Map.of(INSTANCES, cloud.calls(INSTANCES)), cloud.calls(), "nothing else");
    }

    @Test
    void aPlanOfNewPairsListsTheirInstancesAndReadsEachSubnetOnce() {
        int pairs = 30;
        ws.config(config(Fleet.pairs(pairs, 0)));
        assertEquals(2, ws.plan().exitCode(), "changes: the pairs to make");
        Map<String, Integer> calls = cloud.calls();
        assertTrue(calls.get(INSTANCES) <= 4 + LONE_LOOKUPS, calls.toString());
        assertEquals(2, calls.get(SUBNETS), "the two subnets of the pairs' instances");
        assertEquals(2 * pairs, calls.get(SYNC_STATUS), "per instance only: is either side in a pair already");
        assertEquals(2 * pairs, calls.get(PRECHECK), "per instance only: the cloud's verdict on each side");
    }
}
