package dev.huaweidr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.Fleet;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.ProviderMemory;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code size} Redis DR relationships and {@code size} Cassandra active-active links in one configuration,
 * applied with {@code -parallelism=20} while 5% of all calls are throttled and 5% of the change requests meet
 * a busy instance: every resource ends correct, no construction is made twice, and the provider's memory
 * stays bounded. {@code make test} runs 20 of each; {@code make test-load} 200
 * ({@code -Dhuaweidr.load.size=200}).
 */
class LoadAccTest {
    private static final int SIZE = Integer.getInteger("huaweidr.load.size", 20);
    /** Far above the 1,000-resource peak in docs/benchmarks.md: a provider beyond it would be leaking. */
    private static final long MEMORY_BOUND_MIB = 400;

    @Test
    void everyResourceEndsCorrectUnderFaultsWithoutDuplicateConstructions() {
        try (CloudEmulator cloud = CloudEmulator.start(CloudEmulator.options().withSeed(Fleet.seed(SIZE)));
                Workspace ws = new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", Launchers.huaweidr()))) {
            cloud.fault("{\"path\":\".*\",\"status\":429,\"probability\":0.05}");
            cloud.fault("{\"method\":\"POST\",\"path\":\"(construction|dual-active-relationship)$\",\"status\":403,"
                    + "\"error_code\":\"DBS.200019\",\"error_msg\":\"Another operation is running.\",\"probability\":0.05}");
            ws.config(cloud.providerBlock("ap-southeast-1") + configuration());

            long started = System.nanoTime();
            RunningTerraform apply = ws.start("apply", "-auto-approve", "-parallelism=20");
            TerraformCli.Result result;
            double peakMib;
            try (ProviderMemory memory = new ProviderMemory(apply)) {
                result = apply.finish(Duration.ofMinutes(30));
                peakMib = memory.peakMib();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(0, result.exitCode(), result.toString());

            Map<String, Integer> calls = cloud.calls();
            JsonNode world = cloud.state();
            assertEquals(2 * SIZE, jobs(world, "ConstructDisasterRecovery"), "each side of each pair constructed once");
            assertEquals(SIZE, jobs(world, "BuildBiActiveInstance"), "each link built once");
            assertEquals(2 * SIZE, CloudAgreement.assertAgree(ws, cloud));
            for (JsonNode resource : ws.state().path("values").path("root_module").path("resources")) {
                String status = resource.path("values").path(resource.path("type").asText().contains("redis")
                        ? "sync_status" : "status").asText();
                assertTrue(status.equals("SYNCING") || status.equals("normal"), resource.toString());
            }
            int attempts = calls.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("load: %d pairs + %d links in %d s; %d cloud calls; provider peak RSS %.0f MiB%n",
                    SIZE, SIZE, took.toSeconds(), attempts, peakMib);
            assertTrue(peakMib > 0 && peakMib < MEMORY_BOUND_MIB, "provider peak RSS " + peakMib + " MiB");
            Scenarios.assertConverged(ws, cloud);
        }
    }

    private static String configuration() {
        return Fleet.pairs(SIZE, 0) + "\n" + Fleet.links(SIZE, 0);
    }

    private static int jobs(JsonNode world, String name) {
        int count = 0;
        for (JsonNode job : world.path("jobs")) {
            if (name.equals(job.path("name").asText())) {
                count++;
            }
        }
        return count;
    }
}
