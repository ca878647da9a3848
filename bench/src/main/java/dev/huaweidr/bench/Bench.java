package dev.huaweidr.bench;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.Fleet;
import dev.huaweidr.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@code make bench}: measures the packaged provider on this machine, the native executable where the build
 * made one and the JVM launcher, and writes the run into {@code docs/benchmarks.md}. Never a pass or fail: the
 * figures, beside their goals and the previous run.
 *
 * <pre>
 * Bench [--root DIR] [--only startup,jmh,terraform,calls,memory,warm] [--quick]
 *       [--jdk JAVA]... [--baseline LAUNCHER_DIR]
 * </pre>
 * Terraform comes from {@code TF_ACC_TERRAFORM_PATH}, the Go yardstick provider from {@code bench/target/yardstick}.
 * The first {@code --jdk} is the fast path the start-up goals are held against (default: Temurin 25 when
 * installed, then the JVM running this). {@code --baseline}, the JVM launcher directory of an older build,
 * adds a start-up row and the "before" column of the cloud calls.
 */
public final class Bench {
    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
        Set<String> only = Set.of(option(args, "--only", "startup,jmh,terraform,calls,memory,warm").split(","));
        boolean quick = Arrays.asList(args).contains("--quick");
        List<Path> jdks = jdks(args);
        String baseline = option(args, "--baseline", null);
        Path quickstart = root.resolve("examples/quickstart/main.tf");
        Builds builds = Builds.find(root);
        Path terraform = Path.of(System.getenv("TF_ACC_TERRAFORM_PATH"));
        String machine = Machine.describe(terraform, jdks, builds);

        List<Section> sections = new ArrayList<>();
        if (only.contains("startup")) {
            sections.add(startup(builds, quickstart, jdks, baseline, quick ? 5 : 20));
        }
        if (only.contains("jmh")) {
            sections.add(HotCodeSuite.run(quick));
        }
        if (only.contains("terraform") || only.contains("calls") || only.contains("memory") || only.contains("warm")) {
            System.setProperty("huaweidr.root", root.toString()); // where the emulator seed is read from
            int[] sizes = quick ? new int[] {1, 100} : new int[] {1, 100, 500};
            EmulatorOptions emulator = EmulatorOptions.defaults().withSeed(Fleet.seed(1000)).withJobMillis(0);
            try (CloudEmulator cloud = CloudEmulator.start(emulator)) {
                TerraformSuite suite = new TerraformSuite(cloud, emulator, builds, yardstick(root), quick ? 1 : 3);
                if (only.contains("terraform")) {
                    sections.add(suite.overhead(sizes));
                }
                if (only.contains("calls")) {
                    sections.add(CloudCallSuite.run(suite, cloud, baseline == null ? null : Path.of(baseline), sizes));
                }
                if (only.contains("memory")) {
                    sections.add(MemorySuite.run(suite, quickstart));
                }
                if (only.contains("warm")) {
                    sections.add(WarmSuite.run(suite, quick ? 1 : 3));
                }
            }
        }
        Path doc = root.resolve("docs/benchmarks.md");
        Report.write(doc, machine + "- Load average at the end: " + Machine.load() + "\n", sections);
        System.out.println("Written: " + doc);
    }

    /**
     * The start-up variants in turn, what ships first: the native executable, and the JVM launcher on each JDK
     * with and without its class archive, then the baseline launcher if given.
     */
    private static Section startup(Builds builds, Path quickstart, List<Path> jdks, String baseline, int launches)
            throws Exception {
        try (Dists dists = new Dists(builds.jvm().dir(), quickstart)) {
            List<StartupSuite.Variant> variants = new ArrayList<>();
            if (builds.nativeExecutable() != null) {
                variants.add(StartupSuite.Variant.nativeExecutable(builds.nativeExecutable().dir()));
            }
            for (Path jdk : jdks) {
                String name = label(jdk);
                variants.add(StartupSuite.Variant.onJava(name + ", class archive", dists.withArchiveFor(name, jdk), jdk));
                variants.add(StartupSuite.Variant.onJava(name + ", no archive", dists.withoutArchive(name + "-none"), jdk));
            }
            if (baseline != null) {
                Path java = jdks.get(jdks.size() - 1);
                // the label names the option, not its directory: rows are matched across runs by their labels
                variants.add(StartupSuite.Variant.onJava("before (`--baseline`), " + label(java),
                        Path.of(baseline).toRealPath(), java));
            }
            return StartupSuite.run(variants, launches);
        }
    }

    /** The Go provider's directory, built by {@code make bench} when Go is installed; or null, said so. */
    private static Path yardstick(Path root) {
        Path dir = root.resolve("bench/target/yardstick");
        if (Files.isExecutable(dir.resolve("terraform-provider-yardstick"))) {
            return dir;
        }
        System.out.println("No Go provider in " + dir + " (make bench builds it when Go is installed): "
                + "the Go column stays empty.");
        return null;
    }

    private static List<Path> jdks(String[] args) {
        List<Path> jdks = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--jdk")) {
                jdks.add(Path.of(args[i + 1]));
            }
        }
        if (jdks.isEmpty()) {
            if (Files.isExecutable(TEMURIN_25)) {
                jdks.add(TEMURIN_25);
            }
            jdks.add(Path.of(ProcessHandle.current().info().command().orElseThrow()));
        }
        return jdks;
    }

    /** "JDK 25.0.3 (Eclipse Adoptium)", from the JDK's release file. */
    static String label(Path java) throws IOException {
        Properties release = new Properties();
        try (var in = Files.newInputStream(java.toRealPath().getParent().resolveSibling("release"))) {
            release.load(in);
        }
        return "JDK " + unquote(release.getProperty("JAVA_VERSION", "?")) + " ("
                + unquote(release.getProperty("IMPLEMENTOR", "?")) + ")";
    }

    private static String unquote(String value) {
        return value.replace("\"", "");
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
