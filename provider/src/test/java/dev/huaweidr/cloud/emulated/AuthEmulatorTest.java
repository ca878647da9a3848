package dev.huaweidr.cloud.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.auth.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Credentials the emulator's gateway accepts and refuses, and project discovery through its IAM. */
class AuthEmulatorTest extends EmulatorTest {

    private static String roleWith(Credentials credentials) {
        try (Cloud cloud = emulator.cloud(credentials, 0).build()) {
            return cloud.geminiDb("ap-southeast-1").instanceRole("redis-a-in12");
        }
    }

    private static ApiException refused(Credentials credentials) {
        return assertThrows(ApiException.class, () -> roleWith(credentials));
    }

    @Test
    void akSkTemporaryKeysAndTokenAreAccepted() {
        assertEquals("", roleWith(EmulatorFixture.AK_SK));
        assertEquals("", roleWith(Credentials.temporaryAccessKey("DEMOTEMPACCESSKEY", "demo-temp-secret-key",
                "demo-security-token")));
        assertEquals("", roleWith(Credentials.iamToken("demo-token")));
    }

    @Test
    void wrongSecretKeyIsAnAuthErrorThatNamesNoSecret() {
        ApiException e = refused(Credentials.accessKey("DEMOACCESSKEY", "wrong-secret"));
        assertEquals(401, e.httpStatus());
        assertEquals("APIGW.0301", e.errorCode());
        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertTrue(e.getMessage().contains("verify aksk signature fail"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret"));
    }

    @Test
    void unknownAccessKeyBadTokenAndWrongSecurityTokenAreRefused() {
        assertTrue(refused(Credentials.accessKey("NOSUCHKEY", "x")).getMessage().contains("ak not exist"));
        ApiException token = refused(Credentials.iamToken("forged"));
        assertEquals(ErrorClass.AUTH, token.errorClass());
        assertTrue(token.getMessage().contains("decrypt token fail"), token.getMessage());
        assertEquals(ErrorClass.AUTH, refused(Credentials.temporaryAccessKey("DEMOTEMPACCESSKEY",
                "demo-temp-secret-key", "stale-token")).errorClass());
    }

    @Test
    void clockSkewBeyondFifteenMinutesIsSignatureExpired() {
        Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));
        try (Cloud cloud = emulator.cloud(EmulatorFixture.AK_SK, 0).clock(late).build()) {
            ApiException e = assertThrows(ApiException.class,
                    () -> cloud.geminiDb("ap-southeast-1").instanceRole("redis-a-in12"));
            assertEquals("APIGW.0303", e.errorCode());
            assertEquals(ErrorClass.AUTH, e.errorClass());
        }
    }

    @Test
    void eachRegionsProjectIsDiscoveredOnceUnderConcurrentUse() throws Exception {
        try (Cloud cloud = emulator.cloud()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> roles = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String region = i % 2 == 0 ? "ap-southeast-1" : "ap-southeast-3";
                    String id = i % 2 == 0 ? "redis-a-in12" : "redis-b-in12";
                    roles.add(pool.submit(() -> cloud.geminiDb(region).instanceRole(id)));
                }
                for (Future<String> role : roles) {
                    assertEquals("", role.get(10, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(2, emulator.calls("GET /v3/projects"));
            assertEquals("proj-ap-southeast-3", cloud.projectId("ap-southeast-3"));
            assertEquals(2, emulator.calls("GET /v3/projects"));
        }
    }
}
