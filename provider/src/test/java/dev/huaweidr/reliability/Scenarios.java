package dev.huaweidr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What the fault scenarios build and check: a same-region Redis DR pair and a cross-region Cassandra
 * active-active link, and the promise every scenario ends with (state and cloud agree, another apply
 * changes nothing).
 */
final class Scenarios {
    static final String PAIR = "huaweidr_geminidb_redis_dr_relationship.pair";
    static final String LINK = "huaweidr_geminidb_cassandra_active_active.link";
    static final String CONSTRUCT = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/construction";
    static final String DECONSTRUCT = "POST /v3/{project_id}/instances/{instance_id}/disaster-recovery/deconstruction";
    static final String LINK_CREATE = "POST /v3/{project_id}/instances/{instance_id}/dual-active-relationship";
    static final String LINK_DELETE = "DELETE /v3/{project_id}/instances/{instance_id}/dual-active-relationship";
    static final String SWAP = "PUT /v2/{project_id}/instances/{instance_id}/async-swap";
    static final String JOB_POLL = "GET /v3/{project_id}/jobs";
    /** A DCS swap of dcs-ha-01, and the command that invokes it. */
    static final String SWAP_ACTION = "action \"huaweidr_dcs_swap\" \"swap\" {\n  config {\n"
            + "    instance_id = \"dcs-ha-01\"\n  }\n}\n";
    static final String[] INVOKE_SWAP = {"apply", "-auto-approve", "-invoke=action.huaweidr_dcs_swap.swap"};

    private Scenarios() {
    }

    /** redis-c-in12 (primary) and redis-d-in12 (standby), both in ap-southeast-1; {@code extra} inside the block. */
    static String pair(String extra) {
        return "resource \"huaweidr_geminidb_redis_dr_relationship\" \"pair\" {\n"
                + "  alias               = \"orders-dr\"\n"
                + "  password_wo         = \"Str0ng!Passw0rd\"\n"
                + "  password_wo_version = 1\n"
                + "  primary {\n    instance_id = \"redis-c-in12\"\n  }\n"
                + "  standby {\n    instance_id = \"redis-d-in12\"\n  }\n" + extra + "}\n";
    }

    /** cass-a-in06 (ap-southeast-1) linked with cass-b-in06 (ap-southeast-3); {@code extra} inside the block. */
    static String link(String extra) {
        return "resource \"huaweidr_geminidb_cassandra_active_active\" \"link\" {\n"
                + "  instance_id             = \"cass-a-in06\"\n"
                + "  destination_instance_id = \"cass-b-in06\"\n"
                + "  destination_region      = \"ap-southeast-3\"\n" + extra + "}\n";
    }

    /** A {@code timeouts} block for {@link #pair} or {@link #link}. */
    static String timeouts(String operation, String duration) {
        return "  timeouts {\n    " + operation + " = \"" + duration + "\"\n  }\n";
    }

    /**
     * The end of every scenario: Terraform's state and the cloud agree, and another apply finds nothing to
     * do and sends no change request to the cloud.
     */
    static void assertConverged(Workspace ws, CloudEmulator cloud) {
        CloudAgreement.assertAgree(ws, cloud);
        cloud.clearCalls();
        TerraformCli.Result again = ws.apply();
        assertTrue(again.stdout().contains("0 added, 0 changed, 0 destroyed"), again.stdout());
        assertEquals(Map.of(), cloud.changeCalls(), "the apply after convergence changed nothing in the cloud");
    }

    /** Fails unless {@code result} failed cleanly; returns its error output on one line (Terraform wraps it). */
    static String failed(TerraformCli.Result result) {
        return result.failure();
    }

    static JsonNode values(Workspace ws, String address) {
        return ws.resource(address).path("values");
    }

    /** Provider log lines at DEBUG go to {@code provider.log} in the workspace; returns its path. */
    static Path providerLog(Workspace ws) {
        Path log = ws.dir().resolve("provider.log");
        ws.env("TF_LOG_PROVIDER", "debug").env("TF_LOG_PATH", log.toString());
        return log;
    }

    /**
     * The provider's {@code cloud call retrying} lines about {@code pathPart}, as Terraform logs them
     * ({@code ... cloud call retrying: ... delay_ms=1000 method=POST ... path=/v3/...}).
     */
    static List<String> retries(Path log, String pathPart) {
        try {
            return Files.readAllLines(log).stream()
                    .filter(line -> line.contains("cloud call retrying") && line.contains(pathPart))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code condition} holds, e.g. until the cloud finished a job Terraform stopped waiting for. */
    static void eventually(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The logical node id of dcs-ha-01's master, as the emulator holds it. */
    static String dcsMaster(CloudEmulator cloud) {
        for (JsonNode instance : cloud.state().path("dcs_instances")) {
            if ("dcs-ha-01".equals(instance.path("instance_id").asText())) {
                for (JsonNode node : instance.path("nodes")) {
                    if ("master".equals(node.path("node_type").asText())) {
                        return node.path("logical_node_id").asText();
                    }
                }
            }
        }
        throw new AssertionError("dcs-ha-01 has no master");
    }

    /** The emulator's Redis DR pair of {@code instanceId}, or a missing node. */
    static JsonNode drPairOf(CloudEmulator cloud, String instanceId) {
        for (JsonNode pair : cloud.state().path("redis_dr_pairs")) {
            if (instanceId.equals(pair.path("master_instance_id").asText())
                    || instanceId.equals(pair.path("slave_instance_id").asText())) {
                return pair;
            }
        }
        return MissingNode.getInstance();
    }

    /** The emulator's active-active link info of {@code instanceId}, or a missing node. */
    static JsonNode linkOf(CloudEmulator cloud, String instanceId) {
        for (JsonNode instance : cloud.state().path("geminidb_instances")) {
            if (instanceId.equals(instance.path("id").asText())) {
                return instance.path("dual_active_info");
            }
        }
        throw new AssertionError("no instance " + instanceId);
    }
}
