package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GeminiDB instance listing: filters, the leading-* rule, paging, and the fields clients read. */
class GeminiDbInstancesTest extends EmulatorTestBase {

    private static List<String> ids(String query) {
        Reply reply = cloud.get("/v3/" + P1 + "/instances" + query);
        assertEquals(200, reply.status());
        List<String> ids = new ArrayList<>();
        reply.body().path("instances").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    @Test
    void idMatchesExactlyUnlessItStartsWithAStar() {
        assertEquals(List.of("redis-a-in12"), ids("?id=redis-a-in12"));
        assertEquals(List.of(), ids("?id=redis-a"));
        assertEquals(List.of("cass-native-in06", "cass-a-in06"), ids("?id=*in06"));
        assertEquals(List.of("redis-a-in12"), ids("?name=redis-a"));
    }

    @Test
    void datastoreTypeAndModeFilter() {
        assertEquals(2, ids("?datastore_type=cassandra").size());
        assertEquals(List.of("cass-native-in06"), ids("?datastore_type=cassandra&mode=CloudNativeCluster"));
        assertEquals(9 - 2, ids("?mode=CloudNativeCluster").size(), "mode is ignored without datastore_type");
    }

    @Test
    void instancesAreScopedToTheProjectsRegion() {
        assertFalse(ids("").contains("redis-b-in12"));
        JsonNode b = geminiInstance(P3, "redis-b-in12");
        assertEquals("ap-southeast-3", b.path("region").asText());
    }

    @Test
    void pagingIsNewestFirstWithOffsetAndLimit() {
        List<String> all = ids("");
        assertEquals(7, all.size());
        assertEquals("cass-native-in06", all.get(0));
        assertEquals(all.subList(2, 4), ids("?offset=2&limit=2"));
        Reply bad = cloud.get("/v3/" + P1 + "/instances?limit=101");
        assertEquals(400, bad.status());
        assertEquals("DBS.200001", bad.errorCode());
    }

    @Test
    void anInstanceShowsWhatClientsRead() {
        JsonNode a = geminiInstance(P1, "redis-a-in12");
        assertEquals("8635", a.path("port").asText());
        assertTrue(a.path("port").isTextual(), "port is a string in v3");
        assertEquals("normal", a.path("status").asText());
        assertEquals("redis", a.at("/datastore/type").asText());
        assertEquals("subnet-apse1-a", a.path("subnet_id").asText());
        assertEquals("10.1.1.11", a.at("/groups/0/nodes/0/private_ip").asText());
        assertEquals("geminidb.redis.large.4", a.at("/groups/0/nodes/0/spec_code").asText());
        assertTrue(a.path("actions").isArray() && a.path("actions").isEmpty());
        assertFalse(a.has("dual_active_info"));
    }
}
