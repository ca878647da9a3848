package dev.huaweidr.reliability;

import static dev.huaweidr.reliability.Scenarios.CONSTRUCT;
import static dev.huaweidr.reliability.Scenarios.DECONSTRUCT;
import static dev.huaweidr.reliability.Scenarios.LINK;
import static dev.huaweidr.reliability.Scenarios.LINK_CREATE;
import static dev.huaweidr.reliability.Scenarios.LINK_DELETE;
import static dev.huaweidr.reliability.Scenarios.PAIR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers that say "not done, try again" (throttling, busy instances, server errors on reads) are retried
 * within one apply, as the server asks, and nothing is done twice.
 */
class RetriedFaultsAccTest extends EmulatedAccTest {
    @Test
    void aThrottlingStormIsWaitedOutAsRetryAfterAsks() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"disaster-recovery/construction$\",\"status\":429,"
                + "\"retry_after_seconds\":1,\"times\":3}");
        cloud.fault("{\"method\":\"GET\",\"path\":\"disaster-recovery/data-synchronization$\",\"status\":429,"
                + "\"retry_after_seconds\":1,\"times\":2}");
        Path log = Scenarios.providerLog(ws);
        ws.config(config(Scenarios.pair("")));
        ws.apply();

        assertEquals("SYNCING", Scenarios.values(ws, PAIR).path("sync_status").asText());
        assertEquals(2 + 3, cloud.calls(CONSTRUCT), "three throttled attempts, then one accepted on each side");
        List<String> retries = Scenarios.retries(log, "/disaster-recovery/");
        assertEquals(5, retries.size(), "every throttled answer was retried once: " + retries);
        retries.forEach(r -> assertTrue(r.contains("delay_ms=1000"), "after the Retry-After asked for: " + r));
        assertEquals(2, Scenarios.drPairOf(cloud, "redis-c-in12").path("constructed").size(), "built once");
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aBurstOfServerErrorsOnReadsIsRetried() {
        cloud.fault("{\"method\":\"GET\",\"path\":\"/(instances|jobs)$\",\"status\":500,\"error_code\":\"DBS.111205\","
                + "\"error_msg\":\"The service timed out.\",\"times\":4}");
        Path log = Scenarios.providerLog(ws);
        ws.config(config(Scenarios.link("")));
        ws.apply();

        assertEquals("normal", Scenarios.values(ws, LINK).path("status").asText());
        assertEquals(4, Scenarios.retries(log, "/v3/").size(), "each 500 on a read was retried");
        assertEquals(1, cloud.calls(LINK_CREATE), "the link was requested once");
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void busyInstancesAreWaitedOutWhenBuildingAndWhenDestroying() {
        String busy = "\"status\":403,\"error_code\":\"DBS.200019\",\"error_msg\":\"Another operation is running.\","
                + "\"times\":2}";
        cloud.fault("{\"method\":\"POST\",\"path\":\"/cass-a-in06/dual-active-relationship$\"," + busy);
        cloud.fault("{\"method\":\"DELETE\",\"path\":\"/cass-a-in06/dual-active-relationship$\"," + busy);
        cloud.fault("{\"method\":\"POST\",\"path\":\"/redis-d-in12/disaster-recovery/deconstruction$\"," + busy);
        ws.config(config(Scenarios.pair("") + Scenarios.link("")));
        ws.apply();
        assertEquals(1 + 2, cloud.calls(LINK_CREATE), "two busy answers, then accepted");
        assertEquals(2, CloudAgreement.assertAgree(ws, cloud));

        String destroy = ws.destroy().output();
        assertTrue(destroy.contains("Destroy complete! Resources: 2 destroyed."), destroy);
        assertEquals(1 + 2, cloud.calls(LINK_DELETE), "two busy answers, then accepted");
        assertEquals(1 + 1 + 2, cloud.calls(DECONSTRUCT), "the primary at once, the standby after two busy answers");
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud), "nothing left in the cloud or in state");
    }
}
