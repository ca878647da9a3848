package dev.huaweidr.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.geminidb.ConstructRequest;
import dev.huaweidr.cloud.geminidb.DrPeer;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void drPasswordNeverSurvives() {
        ConstructRequest request = ConstructRequest.primary("dr-1", "Str0ng!Pass",
                new DrPeer("b-1", "ap-southeast-3", List.of("10.20.1.0/24"), List.of("10.20.1.8")));
        String logged = Redaction.body(Json.text(Json.write(request)));
        assertFalse(logged.contains("Str0ng!Pass"), logged);
        assertTrue(logged.contains("\"password\":\"***\""), logged);
        assertTrue(logged.contains("\"alias\":\"dr-1\""), logged);
        assertTrue(logged.contains("10.20.1.8"), logged);
        assertFalse(request.toString().contains("Str0ng!Pass"));
    }

    @Test
    void nestedSecretsInObjectsAndArrays() {
        String logged = Redaction.body("{\"auth\":{\"identity\":{\"password\":{\"user\":{\"name\":\"u\","
                + "\"password\":\"p4ss\"}}}},\"items\":[{\"security_token\":\"SECRET-1\",\"X-Auth-Token\":\"SECRET-2\"}],"
                + "\"access_key\":\"SECRET-3\",\"secret\":\"SECRET-4\"}");
        for (String secret : new String[] {"p4ss", "SECRET-1", "SECRET-2", "SECRET-3", "SECRET-4"}) {
            assertFalse(logged.contains(secret), logged);
        }
    }

    @Test
    void bodyThatIsNotJsonIsOnlyMeasured() {
        assertEquals("(13 characters, not JSON)", Redaction.body("password=abc!"));
        assertEquals("", Redaction.body(""));
    }

    @Test
    void authenticationHeadersAreMasked() {
        Headers headers = Headers.of("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=x",
                "X-Auth-Token", "tok", "x-security-token", "st", "X-Project-Id", "p1");
        assertEquals("Authorization: ***; X-Auth-Token: ***; x-security-token: ***; X-Project-Id: p1",
                Redaction.headers(headers));
    }
}
