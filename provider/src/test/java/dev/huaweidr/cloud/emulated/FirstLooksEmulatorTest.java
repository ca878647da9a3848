package dev.huaweidr.cloud.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.Fleet;
import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.vpc.Vpc;
import dev.huaweidr.emulator.EmulatorOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * First looks at GeminiDB instances against the emulator, counted by its call counters: a lone lookup is one
 * filtered call; lookups arriving together are answered from one paged list, and later ones from what it read;
 * a read that must see the cloud now always calls; a list that fails leaves every lookup to its own call. The
 * emulator's world is the quickstart's with 150 copies of its instances, so ap-southeast-1 holds 152 Cassandra
 * instances: two pages. Its call latency holds the first lookup in flight while the others arrive.
 */
class FirstLooksEmulatorTest {
    private static final String INSTANCES = "GET /v3/{project_id}/instances";
    private static final String REGIONS = "GET /v3/{project_id}/instances/{instance_id}/disaster-recovery/regions";
    private static final String SUBNET = "GET /v1/{project_id}/subnets/{subnet_id}";
    private static final Look CASSANDRA = Look.first("cassandra");
    /** Far longer than threads started together take to arrive, even on a loaded machine. */
    private static final long LATENCY_MS = 1000;
    private static EmulatorFixture emulator;
    private Cloud cloud;
    private GeminiDb sg1;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorFixture.start(EmulatorOptions.defaults().withJobMillis(200).withSeed(Fleet.seed(150)));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void fresh() {
        emulator.reset();
        cloud = emulator.cloud(EmulatorFixture.AK_SK, 0).build();
        sg1 = cloud.geminiDb("ap-southeast-1", cloud.projectId("ap-southeast-1"));
        emulator.clearCalls();
    }

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void lookupsWellApartAreOneFilteredCallEachAsBefore() throws InterruptedException {
        assertEquals("load-cs-007", sg1.findInstance("load-cs-007", CASSANDRA).orElseThrow().id());
        assertEquals(1, emulator.calls(INSTANCES));
        Thread.sleep(200); // nothing in flight, and none begun just before: a round trip of a real endpoint apart
        assertEquals("load-cs-008", sg1.instance("load-cs-008", CASSANDRA).id());
        assertEquals(2, emulator.calls(INSTANCES));
    }

    @Test
    void lookupsArrivingTogetherAreAnsweredFromOneListAndLaterFirstLooksFromWhatItRead() throws Exception {
        emulator.latency(LATENCY_MS);
        List<Optional<Instance>> found = together(16, i -> sg1.findInstance("load-cs-" + String.format("%03d", i),
                CASSANDRA));
        for (int i = 0; i < 16; i++) {
            assertEquals(String.format("load-cs-%03d", i), found.get(i).orElseThrow().id());
        }
        assertEquals(3, emulator.calls(INSTANCES), "the first lookup's own call, then both pages of the list");

        emulator.latency(0);
        emulator.clearCalls();
        for (int i = 0; i < 150; i++) {
            assertTrue(sg1.findInstance(String.format("load-cs-%03d", i), CASSANDRA).isPresent());
        }
        assertEquals("cass-a", sg1.instance("cass-a-in06", CASSANDRA).name());
        assertEquals(0, emulator.calls(INSTANCES), "every Cassandra instance of the region was read");

        emulator.drift("geminidb", "load-cs-001", "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        assertEquals("normal", sg1.instance("load-cs-001", CASSANDRA).status(), "a first look: what the list read");
        assertEquals("abnormal", sg1.instance("load-cs-001", Look.now()).status(), "now: the cloud as it is");
        assertEquals(1, emulator.calls(INSTANCES));

        assertEquals("redis", sg1.instance("load-rp-001", CASSANDRA).datastore().type(),
                "an instance of another type is read on its own");
        assertTrue(sg1.findInstance("nope-in06", CASSANDRA).isEmpty(), "absence is never taken from a list");
        assertEquals(3, emulator.calls(INSTANCES));
        assertTrue(cloud.geminiDb("ap-southeast-3").findInstance("load-cd-001", CASSANDRA).isPresent());
        assertEquals(4, emulator.calls(INSTANCES), "each region and project has a list of its own");
    }

    @Test
    void aListThatFailsLeavesEveryLookupToItsOwnCallForTheRestOfTheProcess() throws Exception {
        emulator.fault("{\"path\":\"/instances$\",\"query\":\"datastore_type=\",\"status\":500}");
        emulator.latency(LATENCY_MS);
        List<Optional<Instance>> found = together(8, i -> sg1.findInstance("load-cs-10" + i, CASSANDRA));
        for (int i = 0; i < 8; i++) {
            assertEquals("load-cs-10" + i, found.get(i).orElseThrow().id());
        }
        assertEquals(1 + 1 + 7, emulator.calls(INSTANCES), "the first lookup's call, the failed page, then "
                + "one call for each lookup that waited for it");
        emulator.clearCalls();
        together(4, i -> sg1.findInstance("load-cs-12" + i, CASSANDRA));
        assertEquals(4, emulator.calls(INSTANCES), "no list is tried again");
    }

    @Test
    void lookupsArrivingTogetherFailWithTheErrorsOfTheirOwnCalls() throws Exception {
        emulator.fault("{\"path\":\"/instances$\",\"status\":400,\"error_code\":\"DBS.200001\"}");
        emulator.latency(LATENCY_MS);
        List<Throwable> failures = together(4, i -> {
            try {
                sg1.findInstance("load-cs-00" + i, CASSANDRA);
                return null;
            } catch (ApiException e) {
                return e;
            }
        });
        ApiException alone = assertThrows(ApiException.class, () -> sg1.findInstance("load-cs-009", Look.now()));
        for (Throwable failure : failures) {
            ApiException e = assertInstanceOf(ApiException.class, failure);
            assertEquals(alone.errorCode(), e.errorCode());
            assertEquals(alone.call(), e.call());
        }
    }

    @Test
    void aLookupWaitingForAListEndsAtItsOwnDeadline() throws Exception {
        emulator.latency(LATENCY_MS);
        CompletableFuture<Optional<Instance>> lone = CompletableFuture.supplyAsync(
                () -> sg1.findInstance("load-cs-000", CASSANDRA));
        Thread.sleep(200);
        CompletableFuture<Optional<Instance>> listing = CompletableFuture.supplyAsync(
                () -> sg1.findInstance("load-cs-001", CASSANDRA));
        Thread.sleep(200);
        GeminiDb hurried = cloud.withDeadline(Duration.ofMillis(300)).geminiDb("ap-southeast-1",
                cloud.projectId("ap-southeast-1"));
        assertThrows(DeadlineExceededException.class, () -> hurried.findInstance("load-cs-002", CASSANDRA));
        assertTrue(listing.get().isPresent(), "the list goes on for the others");
        assertTrue(lone.get().isPresent());
    }

    @Test
    void offeredRegionsAreAskedOncePerRegionWhenTheyListTheWantedOne() {
        assertTrue(sg1.dualActiveRegions("load-cs-000", "ap-southeast-3", CASSANDRA).contains("ap-southeast-3"));
        assertTrue(sg1.dualActiveRegions("load-cs-001", "ap-southeast-3", CASSANDRA).contains("ap-southeast-3"));
        assertEquals(1, emulator.calls(REGIONS), "the second instance takes the first one's answer");
        assertFalse(sg1.dualActiveRegions("load-cs-002", "eu-west-101", CASSANDRA).contains("eu-west-101"));
        assertEquals(2, emulator.calls(REGIONS), "a region the answer lacks is asked of the instance itself");
        sg1.dualActiveRegions("load-cs-003", "ap-southeast-3", Look.now());
        assertEquals(3, emulator.calls(REGIONS));
    }

    @Test
    void aSubnetsCidrIsReadOncePerProcess() {
        Vpc vpc = cloud.vpc("ap-southeast-1");
        assertEquals("10.1.1.0/24", vpc.subnetCidr("subnet-apse1-a"));
        assertEquals("10.1.1.0/24", cloud.withDeadline(Duration.ofMinutes(1)).vpc("ap-southeast-1")
                .subnetCidr("subnet-apse1-a"));
        assertEquals("10.1.2.0/24", vpc.subnetCidr("subnet-apse1-b"));
        assertEquals(2, emulator.calls(SUBNET));
    }

    /** {@code count} calls of {@code lookup} (with 0 to count - 1) started at the same moment; their answers. */
    private static <T> List<T> together(int count, Function<Integer, T> lookup) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        List<Future<T>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return lookup.apply(index);
            }, runnable -> new Thread(runnable).start()));
        }
        List<T> answers = new ArrayList<>();
        for (Future<T> answer : running) {
            try {
                answers.add(answer.get());
            } catch (ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }
        return answers;
    }
}
