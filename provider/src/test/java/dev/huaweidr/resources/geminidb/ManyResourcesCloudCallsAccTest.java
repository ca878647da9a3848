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
 * prechecks) stays per instance. The world holds 500 copies of the quickstart's instances: ap-southeast-1 has
 * 502 Cassandra and 1,005 Redis instances (6 and 11 pages of the list), ap-southeast-3 501 Cassandra (6 pages).
 */
class ManyResourcesCloudCallsAccTest extends EmulatedAccTest {
    private static final String INSTANCES = "GET /v3/{project_id}/instances";
    private static final String PROJECTS = "GET /v3/projects";
    private static final String REGIONS = "GET /v3/{project_id}/instances/{instance_id}/disaster-recovery/regions";
    private static final String SUBNETS = "GET /v1/{project_id}/subnets/{subnet_id}";
    private static final String SYNC_STATUS = "GET /v3/{project_id}/instances/{instance_id}/disaster-recovery/"
            + "data-synchronization";
    private static final String PRECHECK = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/precheck";
    private static final int COPIES = 500;
    private static final int CASSANDRA_PAGES = 6;
    private static final int REDIS_PAGES = 11;

    /**
     * The most instance calls a command makes in a region whose list has {@code pages} pages, however many
     * resources it has: each page once, and the lookups made alone, which a list cannot spare: the region's
     * first, and any made before the lookups so far outnumber the pages left (at most one per page), or apart
     * from the others on a loaded machine.
     */
    private static int mostInstanceCalls(int pages) {
        return 2 * pages + 1;
    }

    @Override
    protected EmulatorOptions emulatorOptions() {
        return CloudEmulator.options().withSeed(Fleet.seed(COPIES));
    }

    @Test
    void aPlanOfNewLinksListsEachRegionOnceHoweverManyLinksItHas() {
        for (int links : new int[] {30, COPIES}) {
            ws.config(config(Fleet.links(links, 0)));
            cloud.clearCalls();
            assertEquals(2, ws.plan().exitCode(), "changes: the links to make");
            Map<String, Integer> calls = cloud.calls();
            assertTrue(calls.get(INSTANCES) <= 2 * mostInstanceCalls(CASSANDRA_PAGES), links + " links: " + calls);
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
        assertTrue(cloud.calls(INSTANCES) <= mostInstanceCalls(CASSANDRA_PAGES), cloud.calls().toString());
        assertEquals(Map.of(INSTANCES, cloud.calls(INSTANCES)), cloud.calls(), "nothing else");
    }

    @Test
    void aPlanOfNewPairsListsTheirInstancesAndReadsEachSubnetOnce() {
        int pairs = 30;
        ws.config(config(Fleet.pairs(pairs, 0)));
        assertEquals(2, ws.plan().exitCode(), "changes: the pairs to make");
        Map<String, Integer> calls = cloud.calls();
        assertTrue(calls.get(INSTANCES) <= mostInstanceCalls(REDIS_PAGES), calls.toString());
        assertEquals(2, calls.get(SUBNETS), "the two subnets of the pairs' instances");
        assertEquals(2 * pairs, calls.get(SYNC_STATUS), "per instance only: is either side in a pair already");
        assertEquals(2 * pairs, calls.get(PRECHECK), "per instance only: the cloud's verdict on each side");
    }
}
