package dev.huaweidr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.Launchers;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import dev.huaweidr.plugin.ServerCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS to the cloud is verified: against an emulator serving HTTPS with a self-signed certificate (for
 * {@code localhost}), the provider refuses to talk (a clear diagnostic, no retries) unless the machine trusts the
 * certificate's authority ({@code SSL_CERT_FILE}), the user names it in {@code cacert_file} or sets
 * {@code insecure = true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudTlsAccTest {
    private static final String ROLES = "data \"huaweidr_dcs_instance_roles\" \"roles\" {\n"
            + "  instance_id = \"dcs-ha-01\"\n}\n\n"
            + "output \"mode\" {\n  value = data.huaweidr_dcs_instance_roles.roles.cache_mode\n}\n";

    @TempDir
    static Path keys;

    private Path certificate;
    private CloudEmulator cloud;

    @BeforeAll
    void startEmulatorWithTls() throws Exception {
        ServerCertificate selfSigned = ServerCertificate.generate();
        certificate = pem("cert.pem", "CERTIFICATE", selfSigned.certificate().getEncoded());
        Path key = pem("key.pem", "PRIVATE KEY", selfSigned.keyPair().getPrivate().getEncoded());
        cloud = CloudEmulator.start(CloudEmulator.options().withTls(certificate, key));
    }

    @AfterAll
    void stopEmulator() {
        cloud.close();
    }

    @Test
    void anUntrustedCertificateIsRefusedUnlessInsecureIsSet() throws Exception {
        try (Workspace ws = workspace()) {
            assertTrue(cloud.baseUrl().startsWith("https://127.0.0.1:"), cloud.baseUrl());
            Path log = Scenarios.providerLog(ws);
            ws.config(provider("") + ROLES);
            TerraformCli.Result refused = ws.run("apply", "-auto-approve");
            assertEquals(1, refused.exitCode(), refused.toString());
            String error = refused.stderr().replaceAll("\\s+", " ");
            assertTrue(error.contains("is not trusted"), error);
            assertTrue(error.contains("cacert_file") && error.contains("insecure = true"),
                    "says what a private or a test endpoint needs: " + error);
            assertEquals(List.of(), Scenarios.retries(log, "/"), "the same certificate would be met again");

            ws.config(provider("  insecure   = true\n") + ROLES);
            TerraformCli.Result trusted = ws.apply();
            assertTrue(trusted.stdout().contains("mode = \"ha\""), trusted.toString());
        }
    }

    /** A private cloud's endpoints, whose certificates a private authority issued (here: the certificate itself). */
    @Test
    void theAuthorityNamedInCacertFileIsTrusted() throws Exception {
        try (Workspace ws = workspace()) {
            Files.copy(certificate, ws.dir().resolve("authority.pem"));
            // The certificate names localhost: with `cacert_file` the host name is checked too, unlike `insecure`.
            String provider = provider("  cacert_file = \"authority.pem\"\n");
            ws.config(provider.replace("https://127.0.0.1:", "https://localhost:") + ROLES);
            TerraformCli.Result trusted = ws.apply();
            assertTrue(trusted.stdout().contains("mode = \"ha\""), trusted.toString());

            ws.config(provider("  cacert_file = \"missing.pem\"\n") + ROLES);
            TerraformCli.Result missing = ws.run("plan");
            assertEquals(1, missing.exitCode(), missing.toString());
            String error = missing.stderr().replaceAll("\\s+", " ");
            assertTrue(error.contains("Cannot read cacert_file"), error);
            assertTrue(error.contains("cacert_file = \"missing.pem\""), "points at the attribute: " + error);
        }
    }

    /**
     * The machine's authorities are read when the provider runs, as Terraform reads them: a bundle named by
     * SSL_CERT_FILE, which the build never saw, is trusted without cacert_file.
     */
    @Test
    void theMachinesAuthoritiesAreReadWhenTheProviderRuns() throws Exception {
        try (Workspace ws = workspace()) {
            ws.env("SSL_CERT_FILE", certificate.toString());
            String provider = provider("");
            ws.config(provider.replace("https://127.0.0.1:", "https://localhost:") + ROLES);
            TerraformCli.Result trusted = ws.apply();
            assertTrue(trusted.stdout().contains("mode = \"ha\""), trusted.toString());
        }
    }

    private static Workspace workspace() {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", Launchers.huaweidr()));
    }

    /** The emulator's provider block with {@code settings} added. */
    private String provider(String settings) {
        return cloud.providerBlock("ap-southeast-1").replace("  auth_token", settings + "  auth_token");
    }

    private static Path pem(String name, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return Files.writeString(keys.resolve(name),
                "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }
}
