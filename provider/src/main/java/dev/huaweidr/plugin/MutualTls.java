package dev.huaweidr.plugin;

import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.util.concurrent.CompletableFuture;

/**
 * go-plugin's auto-mTLS, server side: present our fresh certificate, require a client certificate and
 * trust only the one Terraform announced. grpc's TLS credentials negotiate ALPN {@code h2}, which grpc-go
 * clients insist on.
 */
final class MutualTls {
    private MutualTls() {
    }

    static ServerCredentials credentials(CompletableFuture<ServerCertificate> certificate, PinnedClientTrust trust) {
        return TlsServerCredentials.newBuilder()
                .keyManager(new DeferredKeyManager(certificate))
                .trustManager(trust)
                .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
                .build();
    }
}
