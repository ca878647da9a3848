package dev.huaweidr.cloud.http;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a server that the Java runtime's authorities trust, or else one of {@code cacert_file}'s: public
 * endpoints keep working beside those of a private authority.
 */
final class RuntimeAndExtraTrust implements X509TrustManager {
    private final X509TrustManager runtime;
    private final X509TrustManager extra;

    private RuntimeAndExtraTrust(X509TrustManager runtime, X509TrustManager extra) {
        this.runtime = runtime;
        this.extra = extra;
    }

    static X509TrustManager of(List<X509Certificate> authorities) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < authorities.size(); i++) {
                store.setCertificateEntry("authority-" + i, authorities.get(i));
            }
            return new RuntimeAndExtraTrust(trustManager(null), trustManager(store));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }

    /** The platform's X.509 trust manager over {@code store}, the runtime's authorities for {@code null}. */
    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return Stream.of(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no X.509 trust manager"));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            runtime.checkServerTrusted(chain, authType);
        } catch (CertificateException notByTheRuntime) {
            extra.checkServerTrusted(chain, authType);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the cloud client trusts no clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return Stream.concat(Stream.of(runtime.getAcceptedIssuers()), Stream.of(extra.getAcceptedIssuers()))
                .toArray(X509Certificate[]::new);
    }
}
