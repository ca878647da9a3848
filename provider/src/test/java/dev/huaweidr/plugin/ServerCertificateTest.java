package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The certificate the plugin presents, checked against what Go's verifier requires (protocol spec §1.7). */
class ServerCertificateTest {
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final ServerCertificate generated = ServerCertificate.generate();
    private final X509Certificate certificate = generated.certificate();

    @Test
    void namesLocalhostInTheSubjectAlternativeName() throws Exception {
        assertTrue(certificate.getSubjectAlternativeNames().contains(List.of(2, "localhost")),
                "Go ignores the CN: " + certificate.getSubjectAlternativeNames());
    }

    @Test
    void servesAndAuthenticatesClients() throws Exception {
        List<String> usages = certificate.getExtendedKeyUsage();
        assertTrue(usages.contains(SERVER_AUTH), usages.toString());
        assertTrue(usages.contains(CLIENT_AUTH), usages.toString());
    }

    @Test
    void isACertificateAuthorityForItsOwnKeyUsages() {
        // go-plugin puts the server certificate in the client's root pool: it must be a CA that may sign.
        assertEquals(Integer.MAX_VALUE, certificate.getBasicConstraints(), "CA without path length limit");
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[0] && usage[2] && usage[4] && usage[5],
                "digitalSignature, keyEncipherment, keyAgreement, keyCertSign");
        assertFalse(usage[1] || usage[3] || usage[6], "nothing else");
        assertTrue(certificate.getCriticalExtensionOIDs().containsAll(List.of("2.5.29.15", "2.5.29.19")));
    }

    @Test
    void isAnX509v3P256CertificateSignedWithEcdsaSha256() {
        assertEquals(3, certificate.getVersion());
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        assertEquals("EC", certificate.getPublicKey().getAlgorithm());
        assertTrue(certificate.getSerialNumber().signum() > 0, "RFC 5280: positive serial numbers");
        assertEquals("CN=localhost, O=HashiCorp", certificate.getSubjectX500Principal().getName(
                javax.security.auth.x500.X500Principal.RFC1779));
    }

    @Test
    void isValidNowAndBackDatedForClockSkew() throws Exception {
        certificate.checkValidity();
        Instant now = Instant.now();
        assertTrue(certificate.getNotBefore().toInstant().isBefore(now.minus(Duration.ofSeconds(20))));
        assertTrue(certificate.getNotAfter().toInstant().isAfter(now.plus(Duration.ofDays(1))));
    }

    @Test
    void isSelfSignedWithItsOwnKey() throws Exception {
        certificate.verify(generated.keyPair().getPublic());
        assertTrue(certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()));
    }

    @Test
    void theHandshakeEncodingIsUnpaddedStandardBase64OfTheDer() throws Exception {
        String encoded = generated.handshakeEncoding();
        assertFalse(encoded.contains("="), "go-plugin's RawStdEncoding rejects padding");
        assertTrue(encoded.matches("[A-Za-z0-9+/]+"), "standard alphabet, one line");
        assertTrue(encoded.length() > 50, "go-plugin ignores a certificate field of 50 characters or fewer");
        String padded = encoded + "=".repeat((4 - encoded.length() % 4) % 4);
        assertArrayEquals(certificate.getEncoded(), Base64.getDecoder().decode(padded));
    }

    @Test
    void everyLaunchGetsAFreshKey() {
        assertNotEquals(generated.keyPair().getPublic(), ServerCertificate.generate().keyPair().getPublic());
    }
}
