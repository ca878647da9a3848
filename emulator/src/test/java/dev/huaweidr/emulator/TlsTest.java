package dev.huaweidr.emulator;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTPS with a self-signed certificate given as PEM files (test-only certificate for 127.0.0.1). */
class TlsTest {

    private static Path resource(String name) throws Exception {
        return Path.of(TlsTest.class.getResource("/tls/" + name).toURI());
    }

    @Test
    void servesHttpsWithTheGivenCertificate() throws Exception {
        EmulatorOptions options = EmulatorOptions.defaults().withTls(resource("cert.pem"), resource("key.pem"));
        try (Emulator emulator = Emulator.start(options)) {
            assertTrue(emulator.baseUrl().startsWith("https://127.0.0.1:"));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("emulator", CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(resource("cert.pem"))));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create(emulator.baseUrl() + "/v3/projects")).header("X-Auth-Token", "demo-token").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("ap-southeast-1"));
        }
    }
}
