package dev.huaweidr.acc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real Terraform CLI. Its path comes from {@code TF_ACC_TERRAFORM_PATH} (set by the build to the
 * project's own Terraform, or to a {@code terraform} a developer has on PATH).
 */
public final class TerraformCli {
    private static final long TIMEOUT_MINUTES = 10;

    private final Path binary;
    private TerraformVersion version;

    private TerraformCli(Path binary) {
        this.binary = binary;
    }

    /** The Terraform at {@code binary}, e.g. one of {@link TerraformVersions#matrix()}. */
    public static TerraformCli at(Path binary) {
        return new TerraformCli(binary);
    }

    public static TerraformCli find() {
        String configured = System.getenv("TF_ACC_TERRAFORM_PATH");
        if (configured != null && !configured.isBlank()) {
            return new TerraformCli(Path.of(configured));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "terraform");
            if (Files.isExecutable(candidate)) {
                return new TerraformCli(candidate);
            }
        }
        throw new IllegalStateException("No Terraform found: run the tests through `make test`, which installs "
                + "one, or set TF_ACC_TERRAFORM_PATH.");
    }

    public Path binary() {
        return binary;
    }

    /** The version the binary reports ({@code terraform version -json}), asked once. */
    public synchronized TerraformVersion version() {
        if (version == null) {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"));
            Result result = run(dir, Map.of("CHECKPOINT_DISABLE", "1", "TF_CLI_CONFIG_FILE", "/dev/null"),
                    "version", "-json");
            String text = result.exitCode() != 0 ? ""
                    : Workspace.json(result.stdout()).path("terraform_version").asText();
            if (text.isEmpty()) {
                throw new IllegalStateException(binary + " reports no version:\n" + result);
            }
            version = TerraformVersion.parse(text);
        }
        return version;
    }

    /** Runs {@code terraform args...} in {@code dir} with {@code env} added to this process's environment. */
    public Result run(Path dir, Map<String, String> env, String... args) {
        return start(dir, env, args).finish(Duration.ofMinutes(TIMEOUT_MINUTES));
    }

    /** Runs any command the same way, e.g. a script that runs Terraform itself. */
    public static Result exec(Path dir, Map<String, String> env, List<String> command) {
        return start(dir, env, command).finish(Duration.ofMinutes(TIMEOUT_MINUTES));
    }

    /** Starts {@code terraform args...} in {@code dir} and returns at once, e.g. to interrupt it. */
    public RunningTerraform start(Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(args));
        return start(dir, env, command);
    }

    private static RunningTerraform start(Path dir, Map<String, String> env, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile(dir, "stdout", ".txt");
            Path err = Files.createTempFile(dir, "stderr", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process process = builder.start();
            process.getOutputStream().close();
            return new RunningTerraform(command, process, out, err);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        }
    }

    /** How parameterized tests name it: {@code Terraform 1.10.5}. */
    @Override
    public String toString() {
        return "Terraform " + version();
    }

    /** What one command did. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {
        public String output() {
            return stdout + stderr;
        }

        /**
         * The error output on one line (Terraform wraps it), after checking that the command failed cleanly: exit
         * code 1, no crash of Terraform or the provider, no error the provider calls a bug of its own.
         */
        public String failure() {
            assertEquals(1, exitCode, toString());
            for (String crash : List.of("panic", "Plugin did not respond", "bug in huaweidr")) {
                assertFalse(output().contains(crash), crash + " in:\n" + this);
            }
            return stderr.replaceAll("\\s+", " ");
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " exited " + exitCode + "\n--- stdout\n" + stdout
                    + "\n--- stderr\n" + stderr;
        }
    }
}
