package dev.huaweidr.emulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routing: unknown APIs, wrong methods, unknown projects, request ids, error shapes per service. */
class RoutingTest extends EmulatorTestBase {

    @Test
    void anUnknownApiIsTheGatewaysNotFound() {
        Reply reply = cloud.get("/v3/" + P1 + "/no-such-api");
        assertEquals(404, reply.status());
        assertEquals("APIGW.0101", reply.errorCode());
        assertEquals(reply.headers().firstValue("X-Request-Id").orElseThrow(), reply.text("/request_id"));
    }

    @Test
    void aWrongMethodIs405() {
        Reply reply = cloud.delete("/v3/" + P1 + "/instances");
        assertEquals(405, reply.status());
        assertTrue(reply.text("/error_msg").contains("GET"));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        for (Reply reply : new Reply[] {cloud.get("/v3/" + P1 + "/instances"), cloud.get("/nowhere"),
                admin.get("/_emulator/settings"), admin.get("/v3/" + P1 + "/instances"),
                cloud.post("/v3/" + P1 + "/instances/redis-a-in12/disaster-recovery/precheck", "{\"operation\":"
                        + "\"deconstruction\"}")}) {
            assertFalse(reply.headers().firstValue("X-Request-Id").orElse("").isEmpty());
        }
    }

    @Test
    void anUnknownProjectIsRefusedInTheServicesWords() {
        assertEquals("DBS.200001", cloud.get("/v3/nope/instances").errorCode());
        assertEquals("111400002", cloud.get("/v2/nope/instances/dcs-ha-01").errorCode());
        assertEquals("DWS.0001", cloud.get("/v2/nope/disaster-recoveries").errorCode());
    }

    @Test
    void dcsErrorsCarryTheExtMessageField() {
        Reply reply = cloud.get("/v2/" + P1 + "/instances/no-such-dcs");
        assertEquals(404, reply.status());
        assertEquals("111404022", reply.errorCode());
        assertTrue(reply.body().has("error_ext_msg"));
        assertFalse(cloud.get("/v3/" + P1 + "/instances?limit=0").body().has("error_ext_msg"));
    }

    @Test
    void malformedJsonIsAParameterError() {
        Reply reply = cloud.post("/v3/" + P1 + "/instances/cass-a-in06/dual-active-relationship", "{not json");
        assertEquals(400, reply.status());
        assertEquals("DBS.200001", reply.errorCode());
    }
}
