package dev.huaweidr.cloud.http;

import static dev.huaweidr.cloud.http.CloudHttpTest.cloudAt;
import static dev.huaweidr.cloud.http.CloudHttpTest.error;
import static dev.huaweidr.cloud.http.CloudHttpTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.ErrorClass;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client does with an error answer depends on its HTTP status and the codes the cloud is known to
 * answer, never on a code only the emulator chose (docs/cloud-contract.md): each case is answered with the
 * emulator's code, with no code, and with a code nobody uses, and is handled the same way every time.
 */
class UndocumentedCodesTest {
    /** The emulator's DWS busy code, none, and one no source names. */
    private static final List<String> DWS_CONFLICTS = List.of("DWS.10202", "", "DWS.99999");

    private final MockWebServer server = new MockWebServer();
    private Cloud cloud;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        cloud = cloudAt(server.url("/").toString(), 3);
    }

    @AfterEach
    void stop() {
        cloud.close();
        server.close();
    }

    @Test
    void aConflictIsWaitedOutWhateverItsCode() {
        for (String code : DWS_CONFLICTS) {
            int before = server.getRequestCount();
            server.enqueue(answer(409, code));
            server.enqueue(json(200, "{\"disaster_recovery\":{\"id\":\"t\"}}"));
            cloud.dws("ap-southeast-1").pause("t");
            assertEquals(2, server.getRequestCount() - before, "409 " + code + " was busy: repeated once");
        }
        for (String code : List.of("DBS.280466", "", "DBS.999999")) {
            int before = server.getRequestCount();
            server.enqueue(answer(409, code));
            server.enqueue(json(202, "{\"job_id\":\"j-1\"}"));
            assertEquals("j-1", cloud.geminiDb("ap-southeast-1").deconstruct("a-1"));
            assertEquals(2, server.getRequestCount() - before, "409 " + code);
        }
    }

    @Test
    void aConflictRefusesAToggleAtOnceWhateverItsCode() {
        for (String code : List.of("DCS.4973", "", "DCS.9999", "111400017")) {
            ApiException swap = refused(409, code, c -> c.dcs("ap-southeast-1").asyncSwap("d-1"));
            assertTrue(swap.isBusy(), "409 " + code + " is a busy instance: " + swap.getMessage());
            ApiException shard = refused(409, code,
                    c -> c.dcs("ap-southeast-1").shardSwitchover("d-1", "g-1", "n-2"));
            assertTrue(shard.isBusy(), "409 " + code);
        }
        for (String code : DWS_CONFLICTS) {
            assertTrue(refused(409, code, c -> c.dws("ap-southeast-1").switchover("t")).isBusy(), "409 " + code);
            assertTrue(refused(409, code, c -> c.dws("ap-southeast-1").failover("t")).isBusy(), "409 " + code);
        }
    }

    @Test
    void theEmulatorsChosenCodesAreRefusalsLikeAnyOtherCodeUnderTheirStatus() {
        for (String code : DWS_CONFLICTS) {
            ApiException e = refused(400, code, c -> c.dws("ap-southeast-1").pause("t"));
            assertEquals(ErrorClass.FATAL, e.errorClass(), "400 " + code + " is not waited out");
        }
        for (String code : List.of("DCS.4973", "", "DCS.9999")) {
            assertEquals(ErrorClass.FATAL, refused(400, code, c -> c.dcs("ap-southeast-1").asyncSwap("d-1"))
                    .errorClass(), "400 " + code);
        }
        for (String code : List.of("DBS.280462", "DBS.280463", "DBS.280464", "DBS.280465", "DBS.280466",
                "", "DBS.999999")) {
            assertEquals(ErrorClass.FATAL, refused(400, code, c -> c.geminiDb("ap-southeast-1").deconstruct("a-1"))
                    .errorClass(), "400 " + code);
        }
    }

    @Test
    void aConflictThatLastsIsReportedWithItsCodeAsAHint() {
        for (int attempt = 0; attempt < 4; attempt++) {
            server.enqueue(answer(409, "DWS.10202"));
        }
        ApiException e = assertThrows(ApiException.class, () -> cloud.dws("ap-southeast-1").pause("t"));
        assertTrue(e.getMessage().startsWith("DWS.10202: refused (HTTP 409, POST "), e.getMessage());
        assertTrue(e.isBusy());
        assertEquals(4, server.getRequestCount(), "waited out as far as max_retries allows, then reported");
    }

    /** The exception {@code call} throws when its one request is answered {@code status} with {@code code}. */
    private ApiException refused(int status, String code, Consumer<Cloud> call) {
        int before = server.getRequestCount();
        server.enqueue(answer(status, code));
        ApiException e = assertThrows(ApiException.class, () -> call.accept(cloud));
        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(1, server.getRequestCount() - before, status + " " + code + " was not repeated");
        return e;
    }

    private static MockResponse answer(int status, String code) {
        return code.isEmpty() ? json(status, "{\"error_msg\":\"refused\"}") : error(status, code, "refused");
    }
}
