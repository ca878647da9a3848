package dev.huaweidr.plugin;

import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A provider process started as go-plugin's client starts it (magic cookie, protocol versions, port range,
 * client certificate in the environment), its handshake line, and gRPC channels to it opened as Terraform
 * opens them. Acceptance tests and the start-up benchmark use it.
 */
public final class PluginLaunch implements AutoCloseable {
    private final Process process;
    private final BufferedReader stdout;
    private final String handshake;
    private final ServerCertificate client;
    private final Path stderr;

    private PluginLaunch(Process process, BufferedReader stdout, String handshake, ServerCertificate client,
            Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.handshake = handshake;
        this.client = client;
        this.stderr = stderr;
    }

    /**
     * Starts {@code launcher} and returns once it has printed its first line (or closed stdout: the line is
     * then null). {@code env} is added to this process's environment; stderr goes to a file, see {@link #stderr()}.
     */
    public static PluginLaunch start(Path launcher, ServerCertificate client, Map<String, String> env)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString());
        builder.environment().putAll(env);
        builder.environment().put(PluginEnvironment.COOKIE_KEY, PluginEnvironment.COOKIE_VALUE);
        builder.environment().put("PLUGIN_PROTOCOL_VERSIONS", "5,6");
        builder.environment().put("PLUGIN_MIN_PORT", "10000");
        builder.environment().put("PLUGIN_MAX_PORT", "25000");
        builder.environment().put("PLUGIN_CLIENT_CERT", pem(client.certificate()));
        Path stderr = Files.createTempFile("plugin-stderr", ".log");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return new PluginLaunch(process, stdout, stdout.readLine(), client, stderr);
    }

    public Process process() {
        return process;
    }

    /** The first line the plugin printed, or null. */
    public String handshake() {
        return handshake;
    }

    /** The fields of the handshake line: core version, protocol, network, address, "grpc", certificate. */
    public String[] fields() {
        return handshake.split("\\|");
    }

    public int port() {
        String address = fields()[3];
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    public X509Certificate serverCertificate() throws GeneralSecurityException {
        String encoded = fields()[5];
        byte[] der = Base64.getDecoder().decode(encoded + "=".repeat((4 - encoded.length() % 4) % 4));
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    /** What the plugin has written to stderr so far. */
    public List<String> stderr() throws IOException {
        return Files.readAllLines(stderr, StandardCharsets.UTF_8);
    }

    /** What the plugin printed after the handshake line, up to its exit. */
    public String restOfStdout() throws IOException {
        StringBuilder rest = new StringBuilder();
        for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
            rest.append(line).append('\n');
        }
        return rest.toString();
    }

    /** A channel as Terraform opens it: the announced client certificate, the server's as the only root. */
    public ManagedChannel channel() throws GeneralSecurityException, IOException {
        return channel(client);
    }

    /** A channel presenting {@code presented} instead of the announced client certificate. */
    public ManagedChannel channel(ServerCertificate presented) throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", presented.keyPair().getPrivate(), new char[0],
                new X509Certificate[] {presented.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", serverCertificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        return OkHttpChannelBuilder.forAddress("127.0.0.1", port(), TlsChannelCredentials.newBuilder()
                        .keyManager(kmf.getKeyManagers()).trustManager(tmf.getTrustManagers()).build())
                .overrideAuthority("localhost")
                .build();
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }
}
