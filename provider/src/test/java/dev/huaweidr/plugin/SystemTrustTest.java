package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** The default TLS context the plugin installs still checks servers against the machine's authorities. */
class SystemTrustTest {
    @Test
    void theInstalledDefaultRefusesAServerNoAuthoritySigned() throws Exception {
        SystemTrust.installAsDefault();
        ServerCertificate self = ServerCertificate.generate();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", self.keyPair().getPrivate(), new char[0], new X509Certificate[] {self.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        try (SSLServerSocket server = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) server.accept()) {
                    accepted.startHandshake();
                } catch (Exception e) {
                    // the client walks away
                }
            });
            try (SSLSocket client = (SSLSocket) SSLContext.getDefault().getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                SSLHandshakeException refused = assertThrows(SSLHandshakeException.class, client::startHandshake);
                assertTrue(String.valueOf(refused.getMessage()).contains("PKIX"), refused.toString());
            }
        }
    }
}
