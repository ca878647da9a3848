package dev.huaweidr.resources.geminidb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huaweidr.acc.EmulatedAccTest;
import org.junit.jupiter.api.Test;

/**
 * What an active-active link costs in cloud calls, counted by the emulator: each instance looked up once per
 * provider process of a command, and no IAM request where an earlier process already found the project.
 */
class CassandraCloudCallsAccTest extends EmulatedAccTest {
    private static final String INSTANCES = "GET /v3/{project_id}/instances";
    private static final String PROJECTS = "GET /v3/projects";
    private static final String LINK = CassandraActiveActiveAccTest.link("cass-a-in06", null, "cass-b-in06",
            "ap-southeast-3");

    /**
     * Terraform plans each resource again in the apply walk, in a provider process of its own; each plan
     * checks both instances, and the apply reads only the link it built.
     */
    @Test
    void anApplyChecksBothInstancesInEachPlanAndReadsTheSourceOnceBuilt() {
        ws.config(config(LINK));
        ws.apply();
        assertEquals(5, cloud.calls(INSTANCES), "plan walk: source and destination; apply walk: the same, "
                + "then the built link once");
        assertEquals(2, cloud.calls("GET /v3/{project_id}/instances/{instance_id}/disaster-recovery/regions"));
        assertEquals(1, cloud.calls("POST /v3/{project_id}/instances/{instance_id}/dual-active-relationship"));
        assertEquals(4, cloud.calls(PROJECTS), "one per region per process: two regions, two processes");
        ws.destroy();
    }

    @Test
    void aRefreshReadsTheLinkOnceAndAsksIamNothing() {
        ws.config(config(LINK));
        ws.apply();
        cloud.clearCalls();
        assertEquals(0, ws.plan().exitCode());
        assertEquals(1, cloud.calls(INSTANCES), "one read per link");
        assertEquals(0, cloud.calls(PROJECTS), "the project found when the link was made is remembered");
        cloud.clearCalls();
        ws.destroy();
        assertEquals(2, cloud.calls(INSTANCES), "refresh, then the look before the removal");
        assertEquals(0, cloud.calls(PROJECTS));
    }
}
