package dev.huaweidr.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Redis DR calls shared by the DR tests; A = redis-a-in12 (ap-southeast-1), B = redis-b-in12 (ap-southeast-3). */
final class RedisDrFlows {
    static final String A = "/v3/" + EmulatorTestBase.P1 + "/instances/redis-a-in12";
    static final String B = "/v3/" + EmulatorTestBase.P3 + "/instances/redis-b-in12";

    private RedisDrFlows() {
    }

    static String constructBody(String role, String id, String password, String peer, String region,
                                String cidr) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"alias\":\"dr-pair-1\",\"password\":\""
                + password + "\",\"instance_role\":\"" + role + "\",\"disaster_recovery_instance\":{\"id\":\"" + peer
                + "\",\"region_code\":\"" + region + "\",\"subnet_cidrs\":[\"" + cidr + "\"],"
                + "\"node_ips\":[\"10.0.0.1\"]}}";
    }

    static Reply constructPrimary(CloudClient cloud) {
        return cloud.post(A + "/disaster-recovery/construction",
                constructBody("master", null, "Str0ng!Pass", "redis-b-in12", "ap-southeast-3", "10.3.1.0/24"));
    }

    static Reply constructStandby(CloudClient cloud, String drId, String password) {
        return cloud.post(B + "/disaster-recovery/construction",
                constructBody("slave", drId, password, "redis-a-in12", "ap-southeast-1", "10.1.1.0/24"));
    }

    /** Builds A (primary) + B (standby) and waits until the pair is SYNCING. */
    static void buildPair(CloudClient cloud) {
        Reply primary = constructPrimary(cloud);
        assertEquals(202, primary.status(), primary.body().toString());
        Reply standby = constructStandby(cloud, primary.text("/disaster_recovery_id"), "Str0ng!Pass");
        assertEquals(202, standby.status(), standby.body().toString());
        awaitJob(EmulatorTestBase.P1, primary);
        awaitJob(EmulatorTestBase.P3, standby);
        assertEquals("SYNCING", syncStatus(cloud, A));
    }

    static String awaitJob(String project, Reply accepted) {
        return EmulatorTestBase.awaitGeminiJob(project, accepted.text("/job_id")).path("status").asText();
    }

    static String syncStatus(CloudClient cloud, String instance) {
        return cloud.get(instance + "/disaster-recovery/data-synchronization").text("/status");
    }

    static String role(CloudClient cloud, String instance) {
        return cloud.get(instance + "/instance-role").text("/role");
    }
}
