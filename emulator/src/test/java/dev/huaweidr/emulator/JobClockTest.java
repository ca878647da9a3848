package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Jobs follow the injected clock: progress grows with it and the effect lands exactly when it is due. */
class JobClockTest {

    @Test
    void progressAndCompletionFollowTheClock() throws IOException {
        ManualClock clock = new ManualClock(Instant.parse("2025-03-01T10:00:00Z"));
        try (Emulator emulator = Emulator.start(EmulatorOptions.defaults().withJobMillis(1000).withClock(clock))) {
            CloudClient cloud = CloudClient.withToken(emulator.baseUrl(), "demo-token");
            String jobId = cloud.post("/v3/proj-ap-southeast-1/instances/cass-a-in06/dual-active-relationship",
                    "{\"destination_region\":\"ap-southeast-3\",\"destination_instance_id\":\"cass-b-in06\"}")
                    .text("/job_id");
            String jobs = "/v3/proj-ap-southeast-1/jobs?id=" + jobId;
            assertEquals("0%", cloud.get(jobs).text("/jobs/0/progress"));
            assertEquals("2025-03-01T10:00:00+0000", cloud.get(jobs).text("/jobs/0/start_time"));
            clock.advanceMillis(400);
            assertEquals("40%", cloud.get(jobs).text("/jobs/0/progress"));
            clock.advanceMillis(599);
            JsonNode almost = cloud.get(jobs).body().path("jobs").path(0);
            assertEquals("Running", almost.path("status").asText());
            assertEquals("99%", almost.path("progress").asText());
            clock.advanceMillis(1);
            JsonNode done = cloud.get(jobs).body().path("jobs").path(0);
            assertEquals("Completed", done.path("status").asText());
            assertEquals("2025-03-01T10:00:01+0000", done.path("end_time").asText());
            assertEquals("master", cloud.get("/v3/proj-ap-southeast-1/instances?id=cass-a-in06")
                    .text("/instances/0/dual_active_info/role"));
        }
    }
}
