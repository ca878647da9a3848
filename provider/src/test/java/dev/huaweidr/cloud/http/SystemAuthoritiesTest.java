package dev.huaweidr.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.plugin.ServerCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which authorities the cloud client trusts: the machine's, as its environment and files say when it runs. */
class SystemAuthoritiesTest {
    @TempDir
    Path dir;

    @Test
    void sslCertFileAndDirNameTheAuthoritiesAsForTerraform() throws Exception {
        X509Certificate first = ServerCertificate.generate().certificate();
        X509Certificate second = ServerCertificate.generate().certificate();
        Path file = pem(dir.resolve("one.pem"), first);
        Path certs = Files.createDirectory(dir.resolve("certs"));
        pem(certs.resolve("two.pem"), second);
        Files.writeString(certs.resolve("README"), "not a certificate");
        Path bundle = pem(dir.resolve("bundle.pem"), ServerCertificate.generate().certificate());

        assertEquals(List.of(first, second), SystemAuthorities.read(
                Map.of("SSL_CERT_FILE", file.toString(), "SSL_CERT_DIR", certs.toString()), List.of(bundle)));
    }

    @Test
    void otherwiseTheFirstBundleTheMachineKeeps() throws Exception {
        X509Certificate authority = ServerCertificate.generate().certificate();
        Path bundle = pem(dir.resolve("bundle.pem"), authority);
        assertEquals(List.of(authority),
                SystemAuthorities.read(Map.of(), List.of(dir.resolve("missing.pem"), bundle)));
    }

    @Test
    void aMachineWithoutBundleFallsBackToTheJavaRuntimesStore() throws Exception {
        List<X509Certificate> authorities = SystemAuthorities.read(Map.of(), List.of(dir.resolve("missing.pem")));
        assertFalse(authorities.isEmpty(), "the runtime's trust store");
    }

    @Test
    void theTrustIsReadAtItsFirstCheckOnly() throws Exception {
        int[] reads = {0};
        LazyTrust trust = new LazyTrust(() -> {
            reads[0]++;
            return SystemAuthorities.read();
        });
        assertEquals(0, trust.getAcceptedIssuers().length, "OkHttp asks when its client is built");
        assertEquals(0, reads[0], "nothing read before a handshake needs it");
        X509Certificate[] selfSigned = {ServerCertificate.generate().certificate()};
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(selfSigned, "ECDHE_ECDSA"));
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(selfSigned, "ECDHE_ECDSA"));
        assertEquals(1, reads[0], "read at the first check, once");
        assertTrue(trust.getAcceptedIssuers().length > 0);
    }

    private static Path pem(Path file, X509Certificate certificate) throws Exception {
        return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }
}
