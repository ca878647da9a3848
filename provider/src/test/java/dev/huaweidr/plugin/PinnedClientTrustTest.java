package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

/** Only the client certificate Terraform announced in PLUGIN_CLIENT_CERT is trusted. */
class PinnedClientTrustTest {
    private final X509Certificate announced = ServerCertificate.generate().certificate();
    private final X509Certificate other = ServerCertificate.generate().certificate();

    @Test
    void thePinnedCertificateIsAccepted() throws Exception {
        PinnedClientTrust trust = PinnedClientTrust.fromPem(PluginLaunch.pem(announced));
        assertDoesNotThrow(() -> trust.checkClientTrusted(new X509Certificate[] {announced}, "ECDHE_ECDSA"));
        assertArrayEquals(new X509Certificate[] {announced}, trust.getAcceptedIssuers());
    }

    @Test
    void anyOtherCertificateIsRefused() throws Exception {
        PinnedClientTrust trust = PinnedClientTrust.fromPem(PluginLaunch.pem(announced));
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(new X509Certificate[] {other}, "EC"));
        assertThrows(CertificateException.class,
                () -> trust.checkClientTrusted(new X509Certificate[] {other, announced}, "EC"),
                "the leaf is what counts, not a chain that mentions the pinned one");
    }

    @Test
    void noCertificateIsRefused() throws Exception {
        PinnedClientTrust trust = PinnedClientTrust.fromPem(PluginLaunch.pem(announced));
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(new X509Certificate[0], "EC"));
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(null, "EC"));
    }

    @Test
    void thePluginTrustsNoServer() throws Exception {
        PinnedClientTrust trust = PinnedClientTrust.fromPem(PluginLaunch.pem(announced));
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(new X509Certificate[] {announced}, "EC"));
    }

    @Test
    void aMalformedAnnouncementIsRefusedUpFront() {
        assertThrows(GeneralSecurityException.class, () -> PinnedClientTrust.fromPem("not a certificate"));
        assertThrows(GeneralSecurityException.class, () -> PinnedClientTrust.fromPem(
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
    }
}
