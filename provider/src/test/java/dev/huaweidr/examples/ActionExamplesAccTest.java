package dev.huaweidr.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.EmulatedDcsRoles;
import dev.huaweidr.acc.ProjectRoot;
import dev.huaweidr.acc.TerraformCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation's examples of actions and data sources (examples/actions, examples/data-sources) work as
 * written: all of them together validate, apply, and each action runs against the emulator's quickstart world.
 */
class ActionExamplesAccTest extends EmulatedAccTest {
    /** The cross-region pair the Redis DR action examples act on. */
    private static final String PAIR = "resource \"huaweidr_geminidb_redis_dr_relationship\" \"orders\" {\n"
            + "  alias               = \"orders-dr\"\n  password_wo         = \"Str0ng!Passw0rd\"\n"
            + "  password_wo_version = 1\n  primary {\n    instance_id = \"redis-a-in12\"\n  }\n"
            + "  standby {\n    instance_id = \"redis-b-in12\"\n    region      = \"ap-southeast-3\"\n  }\n}\n";

    @Test
    void everyExampleValidatesAppliesAndRuns() {
        List<Path> examples = examples();
        assertEquals(10, examples.size(), examples.toString());
        for (Path example : examples) {
            ws.file(example.getParent().getFileName() + ".tf", read(example));
        }
        ws.config(config(PAIR));
        ws.ok("validate");

        String applied = ws.apply().stdout();
        assertTrue(applied.contains("Action complete: action.huaweidr_dcs_swap.cache (triggered by "
                + "terraform_data.maintenance)"), applied);
        assertTrue(applied.contains("dcs_master_ips"), applied);
        assertTrue(applied.contains("last_success_time = \"2025-01-01T00:05:00\""), applied);

        for (String action : List.of("huaweidr_dcs_swap.cache", "huaweidr_dcs_shard_switchover.shard0",
                "huaweidr_dws_failover.prod",
                "huaweidr_dws_recovery.prod", "huaweidr_dws_switchover.prod",
                "huaweidr_geminidb_redis_dr_switchover.to_apse3", "huaweidr_geminidb_redis_dr_failover.to_apse3")) {
            TerraformCli.Result invoked = ws.apply("-invoke=action." + action);
            assertTrue(invoked.stdout().contains("Action complete: action." + action), invoked.stdout());
        }
        assertEquals("redis-b-in12", cloud.state().path("redis_dr_pairs").path(0).path("master_instance_id").asText());
        assertEquals(List.of("dcs-proxy-01-node-3"),
                EmulatedDcsRoles.shardNodes(cloud, "dcs-proxy-01", "dcs-proxy-01-group-0", "master"));
    }

    private static List<Path> examples() {
        Path root = ProjectRoot.path().resolve("examples");
        try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("actions")),
                Files.walk(root.resolve("data-sources")))) {
            return files.filter(f -> f.toString().endsWith(".tf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
