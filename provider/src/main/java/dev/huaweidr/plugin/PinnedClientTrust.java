package dev.huaweidr.plugin;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one client: the certificate Terraform generated for this launch and passed in
 * {@code PLUGIN_CLIENT_CERT}. Anything else, including a valid certificate from another Terraform process,
 * is refused. Comparing the presented leaf with the pinned one is what a trust pool of one self-signed
 * certificate amounts to, without a KeyStore and TrustManagerFactory on the start-up path.
 */
final class PinnedClientTrust extends X509ExtendedTrustManager {
    private final X509Certificate pinned;
    private final byte[] pinnedDer;

    private PinnedClientTrust(X509Certificate pinned) throws CertificateException {
        this.pinned = pinned;
        this.pinnedDer = pinned.getEncoded();
    }

    /** Parses the PEM text Terraform passes; a malformed value is refused before anything listens. */
    static PinnedClientTrust fromPem(String pem) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        X509Certificate certificate = (X509Certificate) factory.generateCertificate(
                new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        return new PinnedClientTrust(certificate);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("a client certificate is required");
        }
        if (!Arrays.equals(chain[0].getEncoded(), pinnedDer)) {
            throw new CertificateException("client certificate is not the one Terraform announced");
        }
        pinned.checkValidity();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the plugin only serves; it never trusts a server");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[] {pinned};
    }
}
