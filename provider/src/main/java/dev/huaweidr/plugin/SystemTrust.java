package dev.huaweidr.plugin;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The system trust store, read on first use. grpc's OkHttp transport looks its TLS platform up through the
 * JDK's default TLS context, and the JDK builds that default by reading and parsing the whole system trust
 * store (about a tenth of a second of CPU, at every launch) although the plugin's server never uses it.
 * The default installed here trusts the same certificate authorities, but reads them only when a client
 * first checks a server. Unlike the JDK's, it presents no client certificate from
 * {@code javax.net.ssl.keyStore}, which nothing in the plugin sets.
 */
final class SystemTrust extends X509ExtendedTrustManager {
    private X509ExtendedTrustManager loaded;

    SystemTrust() {
    }

    /** Makes a default TLS context over the lazily read system trust store the JVM's default. */
    static void installAsDefault() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new SystemTrust()}, null);
            SSLContext.setDefault(context);
        } catch (GeneralSecurityException e) {
            throw new PluginStartException("the JDK offers no TLS: " + e.getMessage(), e);
        }
    }

    private synchronized X509ExtendedTrustManager system() throws CertificateException {
        if (loaded == null) {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
                for (TrustManager manager : factory.getTrustManagers()) {
                    if (manager instanceof X509ExtendedTrustManager x509) {
                        loaded = x509;
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new CertificateException("cannot read the system trust store: " + e.getMessage(), e);
            }
            if (loaded == null) {
                throw new CertificateException("the JDK's trust manager factory offers no X.509 trust manager");
            }
        }
        return loaded;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        system().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        system().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system().checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        system().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        system().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        try {
            return system().getAcceptedIssuers();
        } catch (CertificateException e) {
            return new X509Certificate[0];
        }
    }
}
