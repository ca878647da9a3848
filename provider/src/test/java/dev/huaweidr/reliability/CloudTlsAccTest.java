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
import org.junit.jupiter.api.Test;

/**
 * TLS to the cloud is verified: against an emulator serving HTTPS with a self-signed certificate, the
 * provider refuses to talk (a clear diagnostic, no retries) unless the user sets {@code insecure = true}.
 */
class CloudTlsAccTest {
    private static final String ROLES = "data \"huaweidr_dcs_instance_roles\" \"roles\" {\n"
            + "  instance_id = \"dcs-ha-01\"\n}\n\n"
            + "output \"mode\" {\n  value = data.huaweidr_dcs_instance_roles.roles.cache_mode\n}\n";

    @Test
    void anUntrustedCertificateIsRefusedUnlessInsecureIsSet() throws Exception {
        ServerCertificate selfSigned = ServerCertificate.generate();
        try (Workspace ws = new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", Launchers.huaweidr()));
                CloudEmulator cloud = CloudEmulator.start(CloudEmulator.options().withTls(
                        pem(ws.dir(), "cert.pem", "CERTIFICATE", selfSigned.certificate().getEncoded()),
                        pem(ws.dir(), "key.pem", "PRIVATE KEY", selfSigned.keyPair().getPrivate().getEncoded())))) {
            assertTrue(cloud.baseUrl().startsWith("https://127.0.0.1:"), cloud.baseUrl());
            Path log = Scenarios.providerLog(ws);
            ws.config(cloud.providerBlock("ap-southeast-1") + ROLES);
            TerraformCli.Result refused = ws.run("apply", "-auto-approve");
            assertEquals(1, refused.exitCode(), refused.toString());
            String error = refused.stderr().replaceAll("\\s+", " ");
            assertTrue(error.contains("is not trusted"), error);
            assertTrue(error.contains("insecure = true"), "says what a test endpoint needs: " + error);
            assertEquals(List.of(), Scenarios.retries(log, "/"), "the same certificate would be met again");

            ws.config(cloud.providerBlock("ap-southeast-1").replace("  auth_token", "  insecure   = true\n  auth_token")
                    + ROLES);
            TerraformCli.Result trusted = ws.apply();
            assertTrue(trusted.stdout().contains("mode = \"ha\""), trusted.toString());
        }
    }

    private static Path pem(Path dir, String name, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return Files.writeString(dir.resolve(name),
                "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }
}
