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
import dev.huaweidr.acc.TerraformCli;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Change requests whose answer never arrives (a reset connection, a server error, an answer slower than
 * the timeout): the provider reads back what happened and never repeats the request blindly, records what
 * may exist, and the next apply finishes the work.
 */
class UnknownOutcomeAccTest extends EmulatedAccTest {
    @Test
    void aConnectionResetBeforeTheLinkWasMadeIsReadBackNotRepeated() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"dual-active-relationship$\",\"reset_connection\":true,\"times\":1}");
        ws.config(config(Scenarios.link("")));
        String error = Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertTrue(error.contains("outcome is unknown"), error);
        assertTrue(error.contains("Run the same command again"), "says what to do: " + error);
        assertEquals(1, cloud.calls(LINK_CREATE), "never repeated blindly");
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud), "the read-back found no link, and none is recorded");

        ws.apply();
        assertEquals(2, cloud.calls(LINK_CREATE), "the next apply made it, once");
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aLostAnswerToALinkThatWasMadeIsReadBackAndTheApplySucceeds() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"dual-active-relationship$\",\"drop_response\":true,\"times\":1}");
        ws.config(config(Scenarios.link("")));
        ws.apply();
        assertEquals("normal", Scenarios.values(ws, LINK).path("status").asText());
        assertEquals(1, cloud.calls(LINK_CREATE), "read back, not repeated");
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aServerErrorOnAConstructionIsReadBackAndNothingIsLeftHalfKnown() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/redis-c-in12/disaster-recovery/construction$\",\"status\":500,"
                + "\"error_code\":\"DBS.111205\",\"error_msg\":\"The service timed out.\",\"times\":1}");
        ws.config(config(Scenarios.pair("")));
        String error = Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertTrue(error.contains("DBS.111205"), error);
        assertEquals(1, cloud.calls(CONSTRUCT), "the primary's construction was not repeated, the standby's not tried");
        assertEquals(0, CloudAgreement.assertAgree(ws, cloud));

        ws.apply();
        assertEquals(1 + 2, cloud.calls(CONSTRUCT), "built once by the next apply");
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void aLostAnswerToAConstructionThatWasMadeIsRecordedAndRebuiltByTheNextApply() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"/redis-c-in12/disaster-recovery/construction$\","
                + "\"drop_response\":true,\"times\":1}");
        ws.config(config(Scenarios.pair("")));
        String error = Scenarios.failed(ws.run("apply", "-auto-approve"));
        assertTrue(error.contains("outcome is unknown"), error);
        assertEquals(1, cloud.calls(CONSTRUCT));
        assertTrue(ws.resource(PAIR).path("tainted").asBoolean(), "the half-built pair is recorded, to be rebuilt");
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud));

        ws.apply();
        assertEquals(1, cloud.calls(DECONSTRUCT), "the half-built side was taken down once");
        assertEquals(1 + 2, cloud.calls(CONSTRUCT), "and the pair built once");
        assertEquals("SYNCING", Scenarios.values(ws, PAIR).path("sync_status").asText());
        Scenarios.assertConverged(ws, cloud);
    }

    @Test
    void anAnswerSlowerThanTheTimeoutLeavesNoOrphan() {
        cloud.fault("{\"method\":\"POST\",\"path\":\"dual-active-relationship$\",\"latency_ms\":6000,\"times\":1}");
        ws.config(config(Scenarios.link(Scenarios.timeouts("create", "3s"))));
        TerraformCli.Result timedOut = ws.run("apply", "-auto-approve");
        Scenarios.eventually("the slow request was applied", Duration.ofSeconds(30),
                () -> !Scenarios.linkOf(cloud, "cass-a-in06").isMissingNode());
        String error = Scenarios.failed(timedOut);
        assertTrue(error.contains("outcome is unknown"), error);
        assertTrue(error.contains("Run the same command again"), error);
        assertEquals(1, CloudAgreement.assertAgree(ws, cloud), "the link that may exist is recorded");

        ws.apply();
        assertEquals(1, cloud.calls(LINK_DELETE), "the unconfirmed link was taken down once");
        assertEquals(2, cloud.calls(LINK_CREATE), "and made again once");
        Scenarios.assertConverged(ws, cloud);
    }
}
