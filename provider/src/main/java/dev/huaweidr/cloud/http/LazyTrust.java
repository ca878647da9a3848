package dev.huaweidr.cloud.http;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.tls.HandshakeCertificates;

/**
 * Trusts the certificate authorities its source gives, read at the first check: a provider process that
 * makes no TLS connection (most of those Terraform starts) never parses the machine's hundred-odd
 * authorities. Host names are checked by the client, as with any trust manager.
 */
public final class LazyTrust extends X509ExtendedTrustManager {
    /** Where the authorities come from. */
    @FunctionalInterface
    public interface Authorities {
        List<X509Certificate> read() throws CertificateException;
    }

    private final Authorities source;
    private X509ExtendedTrustManager loaded;

    public LazyTrust(Authorities source) {
        this.source = source;
    }

    private synchronized X509ExtendedTrustManager trust() throws CertificateException {
        if (loaded == null) {
            HandshakeCertificates.Builder builder = new HandshakeCertificates.Builder();
            source.read().forEach(builder::addTrustedCertificate);
            X509TrustManager manager = builder.build().trustManager();
            if (!(manager instanceof X509ExtendedTrustManager extended)) {
                throw new CertificateException("the Java runtime offers no extended X.509 trust manager");
            }
            loaded = extended;
        }
        return loaded;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        trust().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        trust().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        trust().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        trust().checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        trust().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        trust().checkClientTrusted(chain, authType, engine);
    }

    /**
     * The authorities once a check has read them, none before: OkHttp asks when its client is built, for the
     * chain cleaning of certificate pinning, which this provider does not use; answering would read the
     * authorities in every provider process, TLS or not.
     */
    @Override
    public synchronized X509Certificate[] getAcceptedIssuers() {
        return loaded != null ? loaded.getAcceptedIssuers() : new X509Certificate[0];
    }
}
