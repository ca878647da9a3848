package dev.huaweidr.cloud.http;

import dev.huaweidr.cloud.TlsTrust;
import dev.huaweidr.cloud.auth.AuthInterceptor;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.log.Logger;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** The one OkHttp client of a provider instance. */
final class HttpClients {
    private HttpClients() {
    }

    static OkHttpClient create(Credentials credentials, TlsTrust tls, AttemptLimits limits, Clock clock) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(credentials, clock))
                .eventListenerFactory(AttemptTracker.LISTENER)
                // Every repeat is decided by CloudHttp, which knows whether a change request was already sent.
                .retryOnConnectionFailure(false)
                // A redirect would go to a host the signature was not made for.
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(limits.connect())
                .readTimeout(limits.answer())
                .writeTimeout(limits.answer())
                // Shorter than common server idle timeouts, so a pooled connection is rarely found closed.
                .connectionPool(new ConnectionPool(5, 20, TimeUnit.SECONDS));
        if (tls.insecure()) {
            trustEverything(builder, limits);
        } else {
            // One trust store, read at the first handshake: the machine's authorities and cacert_file's.
            // Host names are still verified.
            trust(builder, limits, new LazyTrust(() -> {
                List<X509Certificate> authorities = new ArrayList<>(SystemAuthorities.read());
                authorities.addAll(tls.authorities());
                return authorities;
            }));
        }
        return builder.build();
    }

    private static void trust(OkHttpClient.Builder builder, AttemptLimits limits, X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            builder.sslSocketFactory(new HandshakeLimit(context.getSocketFactory(), limits.tlsHandshake()), trust);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }

    /**
     * DANGEROUS, for test endpoints with self-signed certificates only: any certificate and host name is
     * accepted, so anyone on the path can read the credentials. Applies to this client alone.
     */
    private static void trustEverything(OkHttpClient.Builder builder, AttemptLimits limits) {
        Logger.named("cloud").warn("TLS certificate verification is disabled (insecure = true)");
        X509TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        trust(builder, limits, trustAll);
        builder.hostnameVerifier((host, session) -> true);
    }
}
