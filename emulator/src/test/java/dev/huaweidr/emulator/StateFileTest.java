package dev.huaweidr.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a state file, changes survive a restart; reset goes back to the seed. */
class StateFileTest {
    @TempDir
    Path dir;

    @Test
    void changesSurviveARestart() throws IOException {
        Path state = dir.resolve("sub/state.json");
        EmulatorOptions options = EmulatorOptions.defaults().withState(state).withJobMillis(50);
        try (Emulator first = Emulator.start(options)) {
            CloudClient cloud = CloudClient.withToken(first.baseUrl(), "demo-token");
            assertEquals(204, cloud.post("/v2/proj-ap-southeast-1/instances/dcs-ha-01/swap", null).status());
        }
        assertTrue(Files.readString(state).contains("dcs-ha-01"));
        try (Emulator second = Emulator.start(options)) {
            CloudClient cloud = CloudClient.withToken(second.baseUrl(), "demo-token");
            String path = "/v2/proj-ap-southeast-1/instances/dcs-ha-01/logical-nodes";
            assertEquals("slave", cloud.get(path).text("/nodes/0/node_type"));
            CloudClient.withToken(second.baseUrl(), null).post("/_emulator/reset", null);
            assertEquals("master", cloud.get(path).text("/nodes/0/node_type"));
        }
        try (Emulator third = Emulator.start(options)) {
            assertEquals("master", CloudClient.withToken(third.baseUrl(), "demo-token")
                    .get("/v2/proj-ap-southeast-1/instances/dcs-ha-01/logical-nodes").text("/nodes/0/node_type"));
        }
    }

    @Test
    void aRunningJobCompletesAfterARestart() throws IOException, InterruptedException {
        EmulatorOptions options = EmulatorOptions.defaults().withState(dir.resolve("state.json")).withJobMillis(200);
        String jobId;
        try (Emulator first = Emulator.start(options)) {
            jobId = CloudClient.withToken(first.baseUrl(), "demo-token")
                    .put("/v2/proj-ap-southeast-1/instances/dcs-ha-01/async-swap", null).text("/job_id");
        }
        Thread.sleep(300);
        try (Emulator second = Emulator.start(options)) {
            CloudClient cloud = CloudClient.withToken(second.baseUrl(), "demo-token");
            assertEquals("SUCCESS", cloud.get("/v2/proj-ap-southeast-1/jobs/" + jobId).text("/status"));
            assertEquals("slave", cloud.get("/v2/proj-ap-southeast-1/instances/dcs-ha-01/logical-nodes")
                    .text("/nodes/0/node_type"));
        }
    }
}
