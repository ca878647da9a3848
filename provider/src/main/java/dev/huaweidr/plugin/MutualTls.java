package dev.huaweidr.plugin;

import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;

/**
 * go-plugin's auto-mTLS, server side: present our fresh certificate, require a client certificate and
 * trust only the one Terraform announced. grpc's TLS credentials negotiate ALPN {@code h2}, which grpc-go
 * clients insist on.
 */
final class MutualTls {
    private MutualTls() {
    }

    /**
     * grpc's OkHttp transport finds its TLS platform through the JDK's default TLS context, whose first use
     * reads and parses the system trust store (which the cloud client needs later anyway): started here,
     * it overlaps with the rest of the start instead of stalling the server's set-up.
     */
    static void prepare() {
        Background.start("tls-defaults", () -> {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // the server's set-up reports it, in its own words
            }
        });
    }

    static ServerCredentials credentials(CompletableFuture<ServerCertificate> certificate, PinnedClientTrust trust) {
        return TlsServerCredentials.newBuilder()
                .keyManager(new DeferredKeyManager(certificate))
                .trustManager(trust)
                .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
                .build();
    }
}
