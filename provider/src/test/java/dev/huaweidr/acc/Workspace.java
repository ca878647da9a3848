package dev.huaweidr.acc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Terraform working directory for one test: configuration files, a CLI configuration that decides where
 * Terraform finds the provider under test (usually {@code dev_overrides}), and the commands a user would run.
 * Nothing reaches the network: no checkpoint calls, no registry (overridden providers need no init).
 */
public final class Workspace implements AutoCloseable {
    /** Numbers stay exact: a provider's big and fractional numbers are part of what tests check. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** The file the native executable's unimplemented JVM functions write their names to (jvm.c). */
    public static final String UNIMPLEMENTED_REACHED = "unimplemented-jvm-functions-reached";

    private final TerraformCli terraform;
    private final Path dir;
    private final Map<String, String> env = new HashMap<>();

    /**
     * @param overrides provider source address (e.g. {@code huaweidr/huaweidr}) to the directory holding its
     *     {@code terraform-provider-NAME} executable
     */
    public Workspace(TerraformCli terraform, Map<String, Path> overrides) {
        this(terraform, devOverrides(overrides));
    }

    /** @param cliConfig the CLI configuration, e.g. a {@code provider_installation} block */
    public Workspace(TerraformCli terraform, String cliConfig) {
        this.terraform = terraform;
        try {
            this.dir = Files.createTempDirectory("huaweidr-acc-");
            Path cliConfigFile = dir.resolve(".terraformrc");
            Files.writeString(cliConfigFile, cliConfig);
            env.put("TF_CLI_CONFIG_FILE", cliConfigFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Where the native executable records a JVM function it reached but does not implement: none may.
        env.put("HUAWEIDR_UNIMPLEMENTED_LOG", dir.resolve(UNIMPLEMENTED_REACHED).toString());
        env.put("CHECKPOINT_DISABLE", "1");
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
    }

    private static String devOverrides(Map<String, Path> overrides) {
        StringBuilder cli = new StringBuilder("provider_installation {\n  dev_overrides {\n");
        overrides.forEach((source, path) -> cli.append("    \"").append(source).append("\" = \"")
                .append(path.toAbsolutePath()).append("\"\n"));
        return cli.append("  }\n  direct {}\n}\n").toString();
    }

    public Path dir() {
        return dir;
    }

    /**
     * The processes still running that were started with this workspace's environment: Terraform and the
     * provider processes it launched, however they were re-parented since. Found through /proc (Linux), by
     * the workspace's own CLI configuration file in their environment.
     */
    public List<ProcessHandle> processes() {
        byte[] marker = ("TF_CLI_CONFIG_FILE=" + env.get("TF_CLI_CONFIG_FILE")).getBytes(StandardCharsets.UTF_8);
        return ProcessHandle.allProcesses().filter(p -> environmentHolds(p.pid(), marker)).toList();
    }

    private static boolean environmentHolds(long pid, byte[] entry) {
        byte[] environ;
        try {
            environ = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
        } catch (IOException | SecurityException gone) {
            return false; // ended meanwhile, or not ours
        }
        int start = 0;
        for (int i = 0; i <= environ.length; i++) {
            if (i == environ.length || environ[i] == 0) {
                if (Arrays.equals(environ, start, i, entry, 0, entry.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Sets an environment variable for every later command (e.g. {@code TF_LOG}). */
    public Workspace env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Replaces the configuration with {@code hcl} in {@code main.tf}. */
    public Workspace config(String hcl) {
        return file("main.tf", hcl);
    }

    public Workspace file(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Copies {@code file} (e.g. an example) here, under its own name. */
    public Workspace copy(Path file) {
        try {
            return file(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code terraform args...}; no -no-color needed, TF_IN_AUTOMATION and a pipe keep output plain. */
    public TerraformCli.Result run(String... args) {
        return terraform.run(dir, env, plain(args));
    }

    /** Starts {@code terraform args...} in the background, e.g. to interrupt it half-way. */
    public RunningTerraform start(String... args) {
        return terraform.start(dir, env, plain(args));
    }

    /** Runs a script (e.g. one of examples/) here, with this workspace's environment and Terraform. */
    public TerraformCli.Result script(Path script, String... args) {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        Map<String, String> withTerraform = new HashMap<>(env);
        withTerraform.put("TERRAFORM", terraform.binary().toString());
        return TerraformCli.exec(dir, withTerraform, command);
    }

    /** Runs a command that must succeed, and returns its result. */
    public TerraformCli.Result ok(String... args) {
        TerraformCli.Result result = run(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("expected success:\n" + result);
        }
        return result;
    }

    public TerraformCli.Result apply(String... extra) {
        return ok(concat(new String[] {"apply", "-auto-approve"}, extra));
    }

    public TerraformCli.Result destroy(String... extra) {
        return ok(concat(new String[] {"destroy", "-auto-approve"}, extra));
    }

    /** {@code terraform plan -detailed-exitcode}: 0 = no changes, 2 = changes, 1 = error. */
    public TerraformCli.Result plan(String... extra) {
        return run(concat(new String[] {"plan", "-detailed-exitcode"}, extra));
    }

    /** The state as {@code terraform show -json} prints it. */
    public JsonNode state() {
        return json(ok("show", "-json").stdout());
    }

    /** The resource at {@code address} in {@code terraform show -json}, or null. */
    public JsonNode resource(String address) {
        JsonNode resources = state().path("values").path("root_module").path("resources");
        for (JsonNode resource : resources) {
            if (resource.path("address").asText().equals(address)) {
                return resource;
            }
        }
        return null;
    }

    public String stateFile() {
        try {
            Path state = dir.resolve("terraform.tfstate");
            return Files.exists(state) ? Files.readString(state) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        Path reached = dir.resolve(UNIMPLEMENTED_REACHED);
        try {
            if (Files.exists(reached)) {
                throw new AssertionError("the native executable reached JVM functions it does not implement: "
                        + Files.readString(reached).strip().replace('\n', ' ') + " (provider/src/native/jvm.c)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Directories.delete(dir);
        }
    }

    private static String[] plain(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && takesNoColor(all.get(0))) {
            all.add(1, "-no-color");
        }
        return all.toArray(String[]::new);
    }

    private static boolean takesNoColor(String command) {
        return List.of("apply", "plan", "destroy", "validate", "import", "show", "refresh", "query", "output")
                .contains(command);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
