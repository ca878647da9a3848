package dev.huaweidr.bench;

import dev.huaweidr.plugin.PluginLaunch;
import dev.huaweidr.plugin.ServerCertificate;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.SocketFactory;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The client end of a plugin connection, made as Terraform's go-plugin client makes it but with the harness's
 * own costs out of the start-up figures: the client certificate's key is ready before the provider starts, the
 * server's certificate from the handshake line is trusted by comparison (no key store built per launch), and
 * the socket has TCP_NODELAY from the start, as every Go TCP connection has. grpc-okhttp sets it only after its
 * TLS handshake, whose client flight then waits for the provider's delayed ACK: about 40 ms more to the first
 * answer, which Terraform never waits.
 */
final class PluginClient {
    private final ServerCertificate client = ServerCertificate.generate();
    private final KeyManager[] keyManagers;

    PluginClient() throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", client.keyPair().getPrivate(), new char[0], new X509Certificate[] {client.certificate()});
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, new char[0]);
        keyManagers = factory.getKeyManagers();
    }

    /** Starts a provider as go-plugin does, announcing this client's certificate. */
    PluginLaunch start(Path executable, Map<String, String> env) throws IOException {
        return PluginLaunch.start(executable, client, env);
    }

    /** A channel to the launched provider, which must present the certificate of its handshake line. */
    ManagedChannel channel(PluginLaunch plugin) throws GeneralSecurityException {
        TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder().keyManager(keyManagers)
                .trustManager(new OnlyCertificate(plugin.serverCertificate()));
        return OkHttpChannelBuilder.forAddress("127.0.0.1", plugin.port(), tls.build())
                .overrideAuthority("localhost")
                .socketFactory(new NoDelaySockets())
                .build();
    }

    /** Trusts one certificate, the one the provider announced, and nothing else. */
    private record OnlyCertificate(X509Certificate announced) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain.length == 0 || !chain[0].equals(announced)) {
                throw new CertificateException("not the certificate of the handshake line");
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a client trusts no clients");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    private static final class NoDelaySockets extends SocketFactory {
        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("no local address is bound");
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("no local address is bound");
        }

        private Socket connected(InetSocketAddress address) throws IOException {
            Socket socket = createSocket();
            socket.connect(address);
            return socket;
        }
    }
}
