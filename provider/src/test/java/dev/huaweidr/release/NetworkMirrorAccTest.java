package dev.huaweidr.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import dev.huaweidr.plugin.PluginLaunch;
import dev.huaweidr.plugin.ServerCertificate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip installed from a provider network mirror, laid out as docs/release.md describes it: the two
 * JSON indexes and the zip over HTTPS, from a loopback server whose certificate Terraform is told to trust
 * ({@code SSL_CERT_FILE}, which Go reads for its roots on Linux).
 */
class NetworkMirrorAccTest extends EmulatedAccTest {
    private static final String SOURCE = ReleaseInstallAccTest.SOURCE;
    private static final String LINK = ReleaseInstallAccTest.LINK;

    @TempDir
    static Path dir;

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private ReleaseZip release;
    private HttpsServer server;
    private Path trusted;

    @BeforeAll
    void serveMirror() throws Exception {
        release = ReleaseZip.built();
        ServerCertificate certificate = ServerCertificate.generate();
        trusted = Files.writeString(dir.resolve("mirror.pem"), PluginLaunch.pem(certificate.certificate()));
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls(certificate)));
        server.createContext("/", this::serve);
        server.start();
        files.put(index("index.json"), "{\"versions\": {\"%s\": {}}}".formatted(release.version())
                .getBytes(StandardCharsets.UTF_8));
        files.put(index(release.fileName()), Files.readAllBytes(release.path()));
    }

    @AfterAll
    void stopMirror() {
        server.stop(0);
    }

    @Override
    protected Workspace newWorkspace() {
        String cli = """
                provider_installation {
                  network_mirror {
                    url     = "https://localhost:%d/providers/"
                    include = ["%s"]
                  }
                  direct {
                    exclude = ["%s"]
                  }
                }
                """.formatted(server.getAddress().getPort(), SOURCE, SOURCE);
        return new Workspace(TerraformCli.find(), cli).env("SSL_CERT_FILE", trusted.toString());
    }

    @Test
    void initInstallsTheZipTheMirrorListsAndTheProviderRuns() {
        listArchive(release.h1());
        ws.config(config(LINK));
        TerraformCli.Result init = ws.ok("init");
        assertTrue(init.stdout().contains("Installed huaweidr/huaweidr v" + release.version()), init.stdout());
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("1 to add"), plan.stdout());
    }

    @Test
    void aZipThatIsNotTheOneTheMirrorHashesIsRefused() {
        listArchive("h1:" + "A".repeat(43) + "=");
        ws.config(config(LINK));
        TerraformCli.Result init = ws.run("init");
        assertEquals(1, init.exitCode(), init.toString());
        assertTrue(init.stderr().contains("checksum"), "Terraform names the failed check:\n" + init.stderr());
    }

    /** The version's index: the zip of this platform, with the hash Terraform checks it against. */
    private void listArchive(String h1) {
        files.put(index(release.version() + ".json"), """
                {"archives": {"%s": {"url": "%s", "hashes": ["%s"]}}}"""
                .formatted(release.platform(), release.fileName(), h1).getBytes(StandardCharsets.UTF_8));
    }

    private static String index(String file) {
        return "/providers/" + SOURCE + "/" + file;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = files.get(path);
        // Terraform refuses an index without this media type.
        exchange.getResponseHeaders().set("Content-Type", path.endsWith(".json") ? "application/json" : "application/zip");
        exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static SSLContext tls(ServerCertificate certificate) throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("mirror", certificate.keyPair().getPrivate(), new char[0],
                new X509Certificate[] {certificate.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
