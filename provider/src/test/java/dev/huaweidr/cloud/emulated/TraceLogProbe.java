package dev.huaweidr.cloud.emulated;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.cloud.geminidb.ConstructRequest;
import dev.huaweidr.cloud.geminidb.DrPeer;
import java.util.List;

/** Run in a child JVM with TF_LOG=trace by {@link TraceLogTest}: makes calls that carry every kind of secret. */
public final class TraceLogProbe {
    private TraceLogProbe() {
    }

    public static void main(String[] args) {
        int status = 1;
        try (EmulatorFixture emulator = EmulatorFixture.start()) {
            Credentials temporary = Credentials.temporaryAccessKey("DEMOTEMPACCESSKEY", "demo-temp-secret-key",
                    "demo-security-token");
            try (Cloud cloud = emulator.cloud(temporary, 0).build()) {
                cloud.geminiDb("ap-southeast-1").construct("redis-a-in12", ConstructRequest.primary("dr-1",
                        "Sup3r-Secret-DR-Pass", new DrPeer("redis-b-in12", "ap-southeast-3", List.of("10.3.1.0/24"),
                                List.of("10.3.1.11"))));
            }
            try (Cloud cloud = emulator.cloud(Credentials.iamToken("demo-token"), 0).build()) {
                cloud.geminiDb("ap-southeast-1").instanceRole("redis-a-in12");
            }
            try (Cloud cloud = emulator.cloud(Credentials.accessKey("DEMOACCESSKEY", "wrong-secret-key"), 0).build()) {
                cloud.geminiDb("ap-southeast-1").instanceRole("redis-a-in12");
            } catch (RuntimeException expected) {
                System.err.println("refused as expected");
            }
            status = 0;
        } finally {
            System.exit(status);
        }
    }
}
