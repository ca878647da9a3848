package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DWS DR tasks: the full life cycle, transitional statuses, refusals, cluster task status. */
class DwsDrTest extends EmulatorTestBase {
    private static final String TASKS = "/v2/" + P1 + "/disaster-recoveries";
    private static final String SEEDED = "/v2/" + P1 + "/disaster-recovery/dws-dr-task-prod";

    private static JsonNode task(String path) {
        return cloud.get(path).body().path("disaster_recovery");
    }

    private static String status(String path) {
        return task(path).path("status").asText();
    }

    private static void awaitStatus(String path, String expected) {
        await(() -> status(path), expected::equals);
    }

    private static String act(String path, String action) {
        Reply reply = cloud.post(path + "/" + action, null);
        assertEquals(200, reply.status(), action + ": " + reply.body());
        return reply.text("/disaster_recovery/id");
    }

    @Test
    void theSeededTaskIsListedAndShown() {
        JsonNode list = cloud.get(TASKS).body().path("disaster_recovery");
        assertEquals(2, list.size(), "dr-prod and the cross-region dr-xr");
        assertEquals("running", list.path(0).path("status").asText());
        assertEquals("dws-prod", list.path(0).path("primary_cluster_id").asText());
        assertEquals("primary", list.path(0).path("primary_cluster_role").asText());
        JsonNode detail = task(SEEDED);
        assertEquals("standby", detail.at("/standby_cluster/role").asText());
        assertEquals("dws-dr", detail.at("/standby_cluster/id").asText());
        assertEquals(0, cloud.get(TASKS + "?primary_cluster_id=dws-spare-a").body().path("disaster_recovery").size());
    }

    @Test
    void fullLifeCycle() {
        Reply created = cloud.post(TASKS, "{\"disaster_recovery\":{\"name\":\"dr-spare\",\"dr_type\":\"az\","
                + "\"primary_cluster_id\":\"dws-spare-a\",\"standby_cluster_id\":\"dws-spare-b\","
                + "\"dr_sync_period\":\"20m\"}}");
        assertEquals(200, created.status());
        String path = "/v2/" + P1 + "/disaster-recovery/" + created.text("/disaster_recovery/id");
        assertEquals("creating", status(path));
        awaitStatus(path, "unstart");

        act(path, "start");
        assertEquals("starting", status(path));
        awaitStatus(path, "running");
        assertTrue(!task(path).path("start_time").asText().isEmpty());

        act(path, "switchover");
        assertEquals("switchovering", status(path));
        awaitStatus(path, "running");
        assertEquals("standby", task(path).at("/primary_cluster/role").asText());
        assertEquals("primary", task(path).at("/standby_cluster/role").asText());

        act(path, "failover");
        awaitStatus(path, "stopped");
        assertEquals("primary", task(path).at("/primary_cluster/role").asText(), "failover swaps back");

        act(path, "recovery");
        assertEquals("starting", status(path));
        awaitStatus(path, "running");

        act(path, "pause");
        assertEquals("stopping", status(path));
        awaitStatus(path, "stopped");

        Reply deleted = cloud.delete(path);
        assertEquals(200, deleted.status());
        assertTrue(deleted.body().isMissingNode(), "delete answers an empty body");
        await(() -> cloud.get(path).errorCode(), "DWS.10101"::equals);
        assertEquals(400, cloud.get(path).status());
    }

    @Test
    void aCrossRegionTaskIsServedByBothRegionsUnderOneId() {
        String fromStandby = "/v2/" + P3 + "/disaster-recovery/dws-dr-task-xr";
        JsonNode detail = task(fromStandby);
        assertEquals("dr-xr", detail.path("name").asText());
        assertEquals("ap-southeast-3", detail.at("/standby_cluster/region").asText());
        assertEquals("ap-southeast-1", detail.at("/primary_cluster/region").asText());
        JsonNode listed = cloud.get("/v2/" + P3 + "/disaster-recoveries").body().path("disaster_recovery");
        assertEquals(1, listed.size(), "ap-southeast-3 holds no cluster of dr-prod");
        assertEquals("dws-dr-task-xr", listed.path(0).path("id").asText());
        assertEquals("DWS.10101", cloud.get("/v2/" + P3 + "/disaster-recovery/dws-dr-task-prod").errorCode());

        act(fromStandby, "failover");
        assertEquals("switchovering", status("/v2/" + P1 + "/disaster-recovery/dws-dr-task-xr"), "one task");
        awaitStatus(fromStandby, "stopped");
        assertEquals("primary", task("/v2/" + P1 + "/disaster-recovery/dws-dr-task-xr")
                .at("/standby_cluster/role").asText());
    }

    @Test
    void failoverIsAllowedFromATaskThatFailedToStartOrWasLeftSwitchingOver() {
        for (String status : new String[] {"start_failed", "switchovering"}) {
            admin.post("/_emulator/reset", null);
            admin.post("/_emulator/oob/dws/dws-dr-task-prod", "{\"action\":\"set_status\",\"status\":\"" + status
                    + "\"}");
            act(SEEDED, "failover");
            awaitStatus(SEEDED, "stopped");
            assertEquals("primary", task(SEEDED).at("/standby_cluster/role").asText(), status);
        }
        admin.post("/_emulator/reset", null);
        admin.post("/_emulator/oob/dws/dws-dr-task-prod", "{\"action\":\"set_status\",\"status\":\"unstart\"}");
        assertEquals("DWS.10204", cloud.post(SEEDED + "/failover", null).errorCode(), "never replicated");
    }

    @Test
    void oneOperationAtATime() {
        act(SEEDED, "pause");
        Reply busy = cloud.post(SEEDED + "/start", null);
        assertEquals(409, busy.status(), "Conflict: what the provider waits out as busy, whatever the code");
        assertEquals("DWS.10202", busy.errorCode(), "the emulator's code");
    }

    @Test
    void operationsOnlyFromAllowedStatuses() {
        assertEquals("DWS.10204", cloud.post(SEEDED + "/start", null).errorCode());
        assertEquals("DWS.10204", cloud.post(SEEDED + "/recovery", null).errorCode(), "recovery needs a failover");
        assertEquals("DWS.10204", cloud.delete(SEEDED).errorCode(), "a running task cannot be deleted");
        act(SEEDED, "pause");
        awaitStatus(SEEDED, "stopped");
        assertEquals("DWS.10204", cloud.post(SEEDED + "/switchover", null).errorCode());
    }

    @Test
    void failoverIsAllowedFromAbnormalAndStartIsNotAllowedAfterIt() {
        admin.post("/_emulator/oob/dws/dws-dr-task-prod", "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        act(SEEDED, "failover");
        awaitStatus(SEEDED, "stopped");
        assertEquals("DWS.10204", cloud.post(SEEDED + "/start", null).errorCode());
    }

    @Test
    void clusterShowsTheSwitchWhileItRuns() {
        String cluster = "/v1.0/" + P1 + "/clusters/dws-prod";
        assertEquals("", cloud.get(cluster).text("/cluster/task_status"));
        act(SEEDED, "switchover");
        assertEquals("ACTIVE_STANDY_SWITCHOVER", cloud.get(cluster).text("/cluster/task_status"));
        awaitStatus(SEEDED, "running");
        assertEquals("", cloud.get(cluster).text("/cluster/task_status"));
        assertEquals("AVAILABLE", cloud.get(cluster).text("/cluster/status"));
    }

    @Test
    void aFailedStartLeavesStartFailed() {
        act(SEEDED, "pause");
        awaitStatus(SEEDED, "stopped");
        admin.post("/_emulator/faults", "{\"method\":\"POST\",\"path\":\"/start$\",\"job_fail_reason\":\"boom\"}");
        act(SEEDED, "start");
        awaitStatus(SEEDED, "start_failed");
    }

    private static String create(String name, String type, String primary, String standby, String period,
            String standbyPlace) {
        return "{\"disaster_recovery\":{\"name\":\"" + name + "\",\"dr_type\":\"" + type + "\","
                + "\"primary_cluster_id\":\"" + primary + "\",\"standby_cluster_id\":\"" + standby + "\","
                + standbyPlace + "\"dr_sync_period\":\"" + period + "\"}}";
    }

    @Test
    void createRefusesBadInput() {
        assertEquals("DWS.0001", cloud.post(TASKS, create("dr-x", "az", "dws-prod", "dws-spare-b", "20m", ""))
                .errorCode(), "dws-prod is already in a task");
        assertEquals("DWS.0001", cloud.post(TASKS, create("dr-x", "az", "dws-spare-a", "dws-spare-b", "5000m", ""))
                .errorCode());
        assertEquals("DWS.0015", cloud.post(TASKS, create("dr-x", "az", "nope", "dws-spare-b", "5m", ""))
                .errorCode());
        assertEquals("DWS.0001", cloud.post(TASKS, create("x", "az", "dws-spare-a", "dws-spare-b", "5m", ""))
                .errorCode(), "names are 4 to 64 characters");
        assertEquals("DWS.0001", cloud.post(TASKS, create("dr-prod", "az", "dws-spare-a", "dws-spare-b", "5m", ""))
                .errorCode(), "names are unique in a project");
        assertEquals("DWS.0001", cloud.post(TASKS, "{}").errorCode());
    }

    @Test
    void aCrossRegionTaskNamesTheStandbysRegionAndProject() {
        String place = "\"standby_cluster_region\":\"ap-southeast-3\",\"standby_cluster_project_id\":\"" + P3
                + "\",";
        assertEquals("DWS.0015", cloud.post(TASKS, create("dr-x", "az", "dws-spare-a", "dws-spare-c", "5m", ""))
                .errorCode(), "a cross-AZ task's standby is in the task's project");
        assertEquals("DWS.0001", cloud.post(TASKS, create("dr-x", "region", "dws-spare-a", "dws-spare-c", "5m", ""))
                .errorCode(), "a cross-region task names the standby's region and project");
        assertEquals("DWS.0001", cloud.post(TASKS, create("dr-x", "region", "dws-spare-a", "dws-spare-c", "5m",
                place.replace("ap-southeast-3", "ap-southeast-1"))).errorCode(), "the project is of that region");
        assertEquals("DWS.0015", cloud.post(TASKS, create("dr-x", "region", "dws-spare-a", "dws-spare-b", "5m", place))
                .errorCode(), "the standby is in the project named");

        Reply created = cloud.post(TASKS, create("dr-far", "region", "dws-spare-a", "dws-spare-c", "1H", place));
        assertEquals(200, created.status(), created.body().toString());
        JsonNode task = task("/v2/" + P1 + "/disaster-recovery/" + created.text("/disaster_recovery/id"));
        assertEquals("ap-southeast-3", task.at("/standby_cluster/region").asText());
        JsonNode listed = cloud.get(TASKS + "?id=" + created.text("/disaster_recovery/id")).body()
                .path("disaster_recovery").path(0);
        assertEquals(P3, listed.path("standby_cluster_project_id").asText());
    }

    @Test
    void aTaskIsMadeOnlyFromAvailableOrUnbalancedClusters() {
        admin.post("/_emulator/oob/dws/dws-spare-b", "{\"action\":\"set_status\",\"status\":\"UNAVAILABLE\"}");
        Reply refused = cloud.post(TASKS, create("dr-x", "az", "dws-spare-a", "dws-spare-b", "5m", ""));
        assertEquals(400, refused.status());
        assertEquals("DWS.10205", refused.errorCode());
        assertEquals("UNAVAILABLE", cloud.get("/v1.0/" + P1 + "/clusters/dws-spare-b").text("/cluster/status"));

        admin.post("/_emulator/oob/dws/dws-spare-b", "{\"action\":\"set_status\",\"status\":\"UNBALANCED\"}");
        assertEquals(200, cloud.post(TASKS, create("dr-x", "az", "dws-spare-a", "dws-spare-b", "5m", "")).status());
    }

    @Test
    void theSyncPeriodChangesOnlyWhileTheTaskIsStoppedOrUnstarted() {
        String period = "{\"disaster_recovery\":{\"dr_sync_period\":\"2H\"}}";
        assertEquals("DWS.10204", cloud.put(SEEDED, period).errorCode(), "not while running");
        act(SEEDED, "pause");
        assertEquals("DWS.10202", cloud.put(SEEDED, period).errorCode(), "not while the pause runs");
        awaitStatus(SEEDED, "stopped");
        assertEquals("DWS.0001", cloud.put(SEEDED, "{\"disaster_recovery\":{\"dr_sync_period\":\"2h\"}}")
                .errorCode());
        Reply updated = cloud.put(SEEDED, period);
        assertEquals(200, updated.status());
        assertEquals("dws-dr-task-prod", updated.text("/disaster_recovery/id"));
        assertEquals("2H", task(SEEDED).path("dr_sync_period").asText());
        assertEquals("stopped", status(SEEDED), "the period applies from the next start");
    }

    @Test
    void outOfBandTheSyncPeriodChangesAndTheTaskGoes() {
        admin.post("/_emulator/oob/dws/dws-dr-task-prod", "{\"action\":\"set_sync_period\",\"dr_sync_period\":\"1d\"}");
        assertEquals("1d", task(SEEDED).path("dr_sync_period").asText());
        admin.post("/_emulator/oob/dws/dws-dr-task-prod", "{\"action\":\"delete\"}");
        assertEquals("DWS.10101", cloud.get(SEEDED).errorCode());
    }

    @Test
    void unknownTaskIsDws10101() {
        Reply reply = cloud.post("/v2/" + P1 + "/disaster-recovery/nope/start", null);
        assertEquals(400, reply.status());
        assertEquals("DWS.10101", reply.errorCode());
    }
}
