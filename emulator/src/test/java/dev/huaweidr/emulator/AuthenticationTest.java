package dev.huaweidr.emulator;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's authentication over real HTTP: signatures, dates, tokens, security tokens, AK lockout. */
class AuthenticationTest extends EmulatorTestBase {
    private static final String LIST = "/v3/" + P1 + "/instances?datastore_type=redis";

    private static CloudClient signed(String ak, String sk) {
        return CloudClient.withAkSk(emulator.baseUrl(), ak, sk, Clock.systemUTC());
    }

    @Test
    void aGoodSignatureIsAccepted() {
        Reply reply = signed("DEMOACCESSKEY", "demo-secret-key").get(LIST);
        assertEquals(200, reply.status());
        assertEquals(5, reply.body().path("total_count").asInt());
    }

    @Test
    void aSignedBodyAndAFuzzyQueryAreVerifiedFromTheRawBytes() {
        CloudClient client = signed("DEMOACCESSKEY", "demo-secret-key");
        assertEquals(200, client.get("/v3/" + P1 + "/instances?id=%2Aredis-a&limit=5").status());
        Reply precheck = client.post("/v3/" + P1 + "/instances/redis-a-in12/disaster-recovery/precheck",
                "{\"operation\": \"construction\", \"disaster_recovery_instance\": {\"vpc_cidr\": \"10.3.0.0/16\","
                        + " \"spec_code\": \"geminidb.redis.large.4\", \"node_ips\": [\"10.3.1.11\"]}}");
        assertEquals(204, precheck.status());
    }

    @Test
    void aWrongSecretIsRefused() {
        Reply reply = signed("DEMOACCESSKEY", "not-the-secret").get(LIST);
        assertEquals(401, reply.status());
        assertEquals("APIGW.0301", reply.errorCode());
        assertTrue(reply.text("/error_msg").contains("verify aksk signature fail"));
        assertFalse(reply.text("/error_msg").contains("demo-secret-key"));
        assertFalse(reply.text("/request_id").isEmpty());
    }

    @Test
    void aTamperedBodyIsRefused() {
        byte[] signedBody = "{\"action\":\"pause\"}".getBytes(StandardCharsets.UTF_8);
        byte[] sentBody = "{\"action\":\"resume\"}".getBytes(StandardCharsets.UTF_8);
        Reply reply = signed("DEMOACCESSKEY", "demo-secret-key").exchange("POST",
                "/v3/" + P1 + "/instances/redis-a-in12/disaster-recovery/data-synchronization", signedBody, sentBody,
                Map.of());
        assertEquals(401, reply.status());
        assertEquals("APIGW.0301", reply.errorCode());
    }

    @Test
    void aStaleDateIsRefusedAsExpired() {
        Clock twentyMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));
        Reply reply = CloudClient.withAkSk(emulator.baseUrl(), "DEMOACCESSKEY", "demo-secret-key", twentyMinutesAgo)
                .get(LIST);
        assertEquals(401, reply.status());
        assertEquals("APIGW.0303", reply.errorCode());
        assertTrue(reply.text("/error_msg").startsWith("signature expired"));
    }

    @Test
    void aDateWithinFifteenMinutesIsAccepted() {
        Clock tenMinutesAhead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        assertEquals(200, CloudClient.withAkSk(emulator.baseUrl(), "DEMOACCESSKEY", "demo-secret-key",
                tenMinutesAhead).get(LIST).status());
    }

    @Test
    void anUnknownAccessKeyIsRefusedWithoutEchoingIt() {
        Reply reply = signed("NOSUCHKEY", "whatever").get(LIST);
        assertEquals(401, reply.status());
        assertEquals("APIGW.0301", reply.errorCode());
        assertTrue(reply.text("/error_msg").contains("ak not exist"));
        assertFalse(reply.text("/error_msg").contains("NOSUCHKEY"));
    }

    @Test
    void tokensMustBeListedInTheSeed() {
        assertEquals(200, cloud.get(LIST).status());
        Reply reply = CloudClient.withToken(emulator.baseUrl(), "forged-token").get(LIST);
        assertEquals(401, reply.status());
        assertEquals("APIGW.0301", reply.errorCode());
        assertTrue(reply.text("/error_msg").contains("decrypt token fail"));
    }

    @Test
    void aRequestWithoutCredentialsIsRefused() {
        Reply reply = admin.get(LIST);
        assertEquals(401, reply.status());
        assertEquals("APIGW.0301", reply.errorCode());
    }

    @Test
    void aTemporaryKeyNeedsItsSignedSecurityToken() {
        CloudClient temporary = signed("DEMOTEMPACCESSKEY", "demo-temp-secret-key");
        byte[] none = new byte[0];
        assertEquals(200, temporary.exchange("GET", LIST, none, none,
                Map.of("X-Security-Token", "demo-security-token")).status());
        assertEquals(401, temporary.exchange("GET", LIST, none, none,
                Map.of("X-Security-Token", "another-token")).status());
        assertEquals(401, temporary.get(LIST).status());
        assertEquals(401, signed("DEMOACCESSKEY", "demo-secret-key").exchange("GET", LIST, none, none,
                Map.of("X-Security-Token", "demo-security-token")).status());
    }

    @Test
    void fiveFailuresLockTheAccessKeyUntilReset() {
        CloudClient wrong = signed("DEMOACCESSKEY", "wrong");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get(LIST).status());
        }
        Reply locked = signed("DEMOACCESSKEY", "demo-secret-key").get(LIST);
        assertEquals(401, locked.status());
        assertTrue(locked.text("/error_msg").contains("limit,forbidden"));
        admin.post("/_emulator/reset", null);
        assertEquals(200, signed("DEMOACCESSKEY", "demo-secret-key").get(LIST).status());
    }
}
