package dev.huaweidr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.LoopbackListener;
import dev.huaweidr.acc.TerraformCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that will never answer as an API: the provider gives up at the first attempt's limit, in seconds,
 * with a message naming the `endpoints` key and what to check, not after the read's five minutes with advice
 * about a `timeouts` block the data source does not have. Only the DCS endpoint is wrong; IAM (project
 * discovery) is the emulator. What shows that the first attempt's limit ended the run is the message naming
 * that limit and the single failed attempt; the bound on the run is only a guard against a hang, well under
 * the 301 s this took before and generous for a loaded machine.
 */
class UnusableEndpointAccTest extends EmulatedAccTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(150);
    private static final String ROLES = "data \"huaweidr_dcs_instance_roles\" \"roles\" {\n"
            + "  instance_id = \"dcs-ha-01\"\n}\n";

    @Test
    void anHttpsAddressOnThePlainHttpPortFailsAtTheHandshakeLimit() {
        String https = cloud.baseUrl().replace("http://", "https://");
        String error = readRolesThrough(https);
        assertTrue(error.contains("the DCS endpoint " + https + "/ (`endpoints.dcs`) accepted the connection but "
                + "completed no TLS handshake within 10s"), error);
        assertTrue(error.contains("Check `endpoints.dcs`: its scheme and port. An endpoint that serves plain HTTP "
                + "needs an http:// address."), error);
    }

    @Test
    void aListenerThatTakesTheRequestAndNeverAnswersFailsAtTheAnswerLimit() {
        try (LoopbackListener silent = LoopbackListener.silent()) {
            String url = "http://127.0.0.1:" + silent.port();
            String error = readRolesThrough(url);
            assertTrue(error.contains("no answer from the DCS endpoint " + url + "/ (`endpoints.dcs`) within 20s"),
                    error);
            assertTrue(error.contains("Check `endpoints.dcs`: that it is the address of the DCS API: whatever "
                    + "listens there took the request and said nothing."), error);
            assertEquals(1, silent.accepted(), "an endpoint that never answered is not asked again");
        }
    }

    /** The provider's {@code cloud call failed} lines: one per attempt that got no answer. */
    private static long failedAttempts(Path log) {
        try {
            return Files.readAllLines(log).stream().filter(line -> line.contains("cloud call failed")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plans a read of the DCS roles with {@code endpoints.dcs} set to {@code url}; returns the error on one line. */
    private String readRolesThrough(String url) {
        Path log = Scenarios.providerLog(ws);
        ws.config(config(ROLES).replace("dcs      = \"" + cloud.baseUrl() + "\"", "dcs      = \"" + url + "\""));
        TerraformCli.Result plan = ws.start("plan").finish(HANG_GUARD);
        String error = Scenarios.failed(plan);
        assertTrue(error.contains("Failed reading DCS instance dcs-ha-01 in ap-southeast-1"), error);
        assertFalse(error.contains("timeouts") || error.contains("deadline"),
                "a read has no cloud work to wait for: " + error);
        assertEquals(List.of(), Scenarios.retries(log, "/instances/dcs-ha-01"), "waiting again cannot help");
        assertEquals(1, failedAttempts(log), "one attempt, ended by its limit");
        return error;
    }
}
