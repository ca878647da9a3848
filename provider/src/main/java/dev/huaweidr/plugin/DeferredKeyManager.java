package dev.huaweidr.plugin;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents the server certificate, which may still be in the making when the gRPC server is built: key
 * generation then overlaps with class loading and server start instead of adding to them. No TLS handshake
 * can arrive before the handshake line is printed, and that waits for the certificate too.
 */
final class DeferredKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS = "plugin";
    /** {@link ServerCertificate} keys are elliptic-curve keys. */
    private static final String KEY_TYPE = "EC";

    private final CompletableFuture<ServerCertificate> certificate;

    DeferredKeyManager(CompletableFuture<ServerCertificate> certificate) {
        this.certificate = certificate;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return KEY_TYPE.equals(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return chooseServerAlias(keyType, issuers, null);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return KEY_TYPE.equals(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? new X509Certificate[] {certificate.join().certificate()} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? certificate.join().keyPair().getPrivate() : null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
