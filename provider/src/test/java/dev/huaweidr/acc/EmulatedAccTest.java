package dev.huaweidr.acc;

import dev.huaweidr.emulator.EmulatorOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the acceptance tests of huaweidr's resources, actions and data sources: the packaged provider
 * driven by the real Terraform CLI against the class's own emulator. The tests of one class share that
 * emulator, reset to its seed before each test, so they run one after another; classes run side by side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EmulatedAccTest {
    protected CloudEmulator cloud;
    protected Workspace ws;

    @BeforeAll
    void startEmulator() {
        cloud = CloudEmulator.start(emulatorOptions());
    }

    /** How the class's emulator starts: {@link CloudEmulator#options()}, or e.g. with a seed of its own. */
    protected EmulatorOptions emulatorOptions() {
        return CloudEmulator.options();
    }

    @AfterAll
    void stopEmulator() {
        cloud.close();
    }

    /** A fresh working directory on the seed's world: nothing an earlier test of the class did remains. */
    @BeforeEach
    void workspace() {
        cloud.reset();
        ws = newWorkspace();
    }

    @AfterEach
    void cleanUp() {
        ws.close();
    }

    /**
     * A working directory on this class's cloud: {@code ws} before each test, or a second one, e.g. to import
     * what the first created. Terraform runs the packaged launcher through {@code dev_overrides}.
     */
    protected Workspace newWorkspace() {
        return newWorkspace(TerraformCli.find());
    }

    /** {@link #newWorkspace()} with another Terraform, e.g. one of {@link TerraformVersions#matrix()}. */
    protected Workspace newWorkspace(TerraformCli terraform) {
        return new Workspace(terraform, Map.of("huaweidr/huaweidr", Launchers.huaweidr()));
    }

    /** {@code body} after a provider block for ap-southeast-1 that points at the emulator. */
    protected String config(String body) {
        return cloud.providerBlock("ap-southeast-1") + body;
    }
}
