package dev.huaweidr.bench;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.Fleet;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import dev.huaweidr.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whole Terraform commands over N huaweidr resources against the emulator (jobs done at once, no latency unless
 * a row says so), with each build of huaweidr, timed beside the same commands over N resources of the Go
 * yardstick provider, which makes the same calls to the same emulator, of the yardstick without calls, and of
 * N built-in {@code terraform_data} resources, the workspaces taken in turn; the emulator's call counters for
 * each command of the build that ships and of the yardstick. Each workspace that calls the cloud has an
 * emulator of its own, all started from the same world, so that all link the same instances, which sit at
 * the same places in the lists they read: the same calls, not merely as many resources.
 */
final class TerraformSuite {
    private static final String[] OPERATIONS = {"plan, new", "apply", "plan, no changes", "destroy"};
    /**
     * The sizes the goals name: the build that ships must plan within these ratios to the Go provider. Only at
     * these sizes do the other builds run beside it, for comparison: at 500 the JVM would add minutes to a run.
     */
    private static final Set<Integer> GOAL_SIZES = Set.of(1, 100);
    private static final double WALL_GOAL = 1.3;
    private static final double CPU_GOAL = 1.5;
    /** The sizes measured once more with every cloud call delayed by {@link #LATENCY_MS}, as a real endpoint's. */
    private static final Set<Integer> LATENCY_SIZES = Set.of(1, 100);
    private static final long LATENCY_MS = 50;

    private final CloudEmulator cloud;
    private final EmulatorOptions world;
    private final Builds builds;
    private final Path yardstick;
    private final int runs;
    private final Map<String, Map<String, Integer>> callsOf100 = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> yardstickCallsOf100 = new LinkedHashMap<>();

    /**
     * @param cloud     the emulator of the workspaces made for other sections ({@link #huaweidr(String)})
     * @param world     how {@code cloud} was started: each timed workspace gets an emulator like it
     * @param yardstick the directory of {@code terraform-provider-yardstick}, or null: no Go figures
     */
    TerraformSuite(CloudEmulator cloud, EmulatorOptions world, Builds builds, Path yardstick, int runs) {
        this.cloud = cloud;
        this.world = world;
        this.builds = builds;
        this.yardstick = yardstick;
        this.runs = runs;
    }

    Section overhead(int... sizes) throws IOException {
        Section section = new Section("Terraform overhead", "Wall time of whole `terraform` commands (default "
                + "parallelism 10, no `init` needed: the providers come from `dev_overrides`) over N "
                + "`huaweidr_geminidb_cassandra_active_active` resources against the emulator, with the native "
                + "executable where it was built (\"huaweidr native\", what ships) and with the JVM launcher "
                + "(\"huaweidr JVM\", at 1 and 100 resources only where the native executable runs too), over as "
                + "many resources of the Go yardstick provider (`bench/yardstick`: the same schema, and the same "
                + "cloud calls to the same emulator), of the yardstick without a cloud (\"Go, no calls\") and over "
                + "as many `terraform_data` resources; each in a workspace of its own, all taking each command in "
                + "turn. The Go provider column is the calling yardstick's figure; huaweidr / Go, the row's ratio "
                + "to it, pair by pair. The goals are held against that ratio for the build that ships; the gap "
                + "between the two yardsticks is the cloud's share. \"plan, new\" plans an empty state (both check "
                + "the instances of each link with the cloud); \"plan, no changes\" refreshes an applied "
                + "configuration, as a drift check does. The rows marked \"" + LATENCY_MS + " ms a call\" run "
                + "the commands over 1 and 100 resources once more with the emulator delaying every call by "
                + LATENCY_MS + " ms, huaweidr's build that ships against the calling yardstick. CPU is "
                + "Terraform's with its provider processes'.")
                .comparedWith("Go provider", "huaweidr / Go");
        for (int n : sizes) {
            measure(section, n, 0);
        }
        for (int n : sizes) {
            if (LATENCY_SIZES.contains(n)) {
                measure(section, n, LATENCY_MS);
            }
        }
        return section;
    }

    /**
     * The rows of {@code n} resources: every build (or only the one that ships, off the goal sizes and under
     * latency), the calling yardstick, and without latency the yardstick without calls and terraform_data.
     */
    private void measure(Section section, int n, long latencyMs) throws IOException {
        Map<Build, Subject> ours = new LinkedHashMap<>();
        List<Subject> inTurn = new ArrayList<>(); // every workspace opened, closed at the end
        try {
            boolean all = GOAL_SIZES.contains(n) && latencyMs == 0;
            for (Build build : all ? builds.all() : List.of(builds.ships())) {
                CloudEmulator own = emulator(latencyMs);
                ours.put(build, opened(inTurn, huaweidr(build, Fleet.links(n, 0), own), own));
            }
            Subject go = null;
            if (yardstick != null) {
                CloudEmulator own = emulator(latencyMs);
                go = opened(inTurn, yardstick(Fleet.links("yardstick", n, 0), own), own);
            }
            Subject callFree = yardstick == null || latencyMs > 0 ? null
                    : opened(inTurn, callFreeYardstick(Fleet.links("yardstick", n, 0)), null);
            Subject builtin = latencyMs > 0 ? null : opened(inTurn, builtins(n), null);
            Subject counted = ours.get(builds.ships());
            for (int r = 0; r < runs; r++) {
                boolean count = n == 100 && latencyMs == 0 && r == 0;
                for (String op : OPERATIONS) {
                    for (Subject subject : inTurn) {
                        subject.time(op, !count ? null : subject == counted ? callsOf100
                                : subject == go ? yardstickCallsOf100 : null);
                    }
                }
            }
            String size = n + (n == 1 ? " resource" : " resources") + (latencyMs > 0 ? ", " + latencyMs
                    + " ms a call" : "");
            for (String op : OPERATIONS) {
                String what = op + ", " + size + ": ";
                boolean goals = GOAL_SIZES.contains(n) && op.startsWith("plan");
                addRows(section, what, ours, go, callFree, builtin, subject -> subject.walls(op),
                        goals ? WALL_GOAL : null);
                addRows(section, what + "CPU, ", ours, go, callFree, builtin, subject -> subject.cpus(op),
                        goals ? CPU_GOAL : null);
            }
        } finally {
            inTurn.forEach(Subject::close);
        }
    }

    /** A workspace's own emulator, started from the same world as every other's, answering after {@code latencyMs}. */
    private CloudEmulator emulator(long latencyMs) {
        return CloudEmulator.start(world.withLatencyMillis(latencyMs));
    }

    /** A subject timed in turn with the others; {@code own}, its emulator, or null when it calls none. */
    private Subject opened(List<Subject> inTurn, Workspace ws, CloudEmulator own) {
        Subject subject = new Subject(ws, own);
        inTurn.add(subject);
        return subject;
    }

    /**
     * One quantity's rows, in seconds: each build's, with the calling Go provider's beside it if it ran (and
     * {@code goal}, if not null, the limit of the ratio to it of the build that ships), then those of the
     * yardstick without calls and of terraform_data, where they ran.
     */
    private void addRows(Section section, String prefix, Map<Build, Subject> ours, Subject go, Subject callFree,
            Subject builtin, Function<Subject, List<Double>> quantity, Double goal) {
        for (Map.Entry<Build, Subject> e : ours.entrySet()) {
            section.add(Row.compared(prefix + e.getKey().label(), quantity.apply(e.getValue()),
                    go == null ? List.of() : quantity.apply(go), "s", e.getKey() == builds.ships() ? goal : null));
        }
        if (callFree != null) {
            section.add(Row.of(prefix + "Go, no calls", new Samples(quantity.apply(callFree)), "s"));
        }
        if (builtin != null) {
            section.add(Row.of(prefix + "terraform_data", new Samples(quantity.apply(builtin)), "s"));
        }
    }

    /**
     * The emulator's counters for each command over 100 resources, of the build that ships and of the calling
     * yardstick (measured during {@link #overhead}; empty when it did not run).
     */
    Map<String, Map<String, Integer>> callsOf100() {
        return callsOf100;
    }

    Map<String, Map<String, Integer>> yardstickCallsOf100() {
        return yardstickCallsOf100;
    }

    Builds builds() {
        return builds;
    }

    /** A workspace of {@code resources} with the build that ships. */
    Workspace huaweidr(String resources) {
        return huaweidr(builds.ships(), resources);
    }

    Workspace huaweidr(Build build, String resources) {
        return huaweidr(build, resources, cloud);
    }

    private static Workspace huaweidr(Build build, String resources, CloudEmulator emulator) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", build.dir()))
                .config(emulator.providerBlock("ap-southeast-1") + resources);
    }

    /** The quickstart ({@code examples/quickstart/main.tf}) with {@code build}, pointed at the emulator. */
    Workspace quickstart(Build build, Path mainTf) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", build.dir())).copy(mainTf)
                .env("TF_VAR_endpoint", cloud.baseUrl());
    }

    /** Whether the Go yardstick provider was built: {@link #yardstick} may be called. */
    boolean hasYardstick() {
        return yardstick != null;
    }

    /** A workspace of the Go yardstick that makes huaweidr's calls to this emulator. */
    Workspace yardstick(String resources) {
        return yardstick(resources, cloud);
    }

    private Workspace yardstick(String resources, CloudEmulator emulator) {
        return yardstickWith("  endpoint   = \"" + emulator.baseUrl() + "\"\n  auth_token = \"demo-token\"\n",
                resources);
    }

    /** A workspace of the Go yardstick that makes no calls: Terraform's and a Go provider's own cost. */
    private Workspace callFreeYardstick(String resources) {
        return yardstickWith("", resources);
    }

    private Workspace yardstickWith(String settings, String resources) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/yardstick", yardstick))
                .config("terraform {\n  required_providers {\n    yardstick = { source = \"huaweidr/yardstick\" }\n"
                        + "  }\n}\n\nprovider \"yardstick\" {\n  region     = \"ap-southeast-1\"\n" + settings + "}\n\n"
                        + resources);
    }

    /** {@code count} of Terraform's built-in resources: what Terraform costs without any provider. */
    private static Workspace builtins(int count) {
        return new Workspace(TerraformCli.find(), Map.of()).config("resource \"terraform_data\" \"link\" {\n"
                + "  count = " + count + "\n  input = \"load-cs-${count.index}\"\n}\n");
    }

    /** One configuration's workspace, its emulator if it calls one, and its timings of each command in turn. */
    private static final class Subject implements AutoCloseable {
        private final Workspace ws;
        private final CloudEmulator cloud;
        private final Map<String, List<Timing>> timings = new LinkedHashMap<>();

        Subject(Workspace ws, CloudEmulator cloud) {
            this.ws = ws;
            this.cloud = cloud;
        }

        /**
         * Times one command: its wall time and its CPU time (Terraform's with its provider processes'), in
         * seconds; the cloud calls it made are kept in {@code counts}, if not null.
         */
        void time(String op, Map<String, Map<String, Integer>> counts) throws IOException {
            if (counts != null) {
                cloud.clearCalls();
            }
            Timing.Clock clock = Timing.start();
            TerraformCli.Result result = run(ws, op);
            Timing timing = clock.stop();
            if (result.exitCode() == 1) {
                throw new IllegalStateException(op + " failed:\n" + result);
            }
            if (counts != null) {
                counts.put(op, cloud.calls());
            }
            timings.computeIfAbsent(op, o -> new ArrayList<>()).add(timing);
        }

        List<Double> walls(String op) {
            return Timing.walls(timings.get(op));
        }

        List<Double> cpus(String op) {
            return Timing.cpus(timings.get(op));
        }

        @Override
        public void close() {
            ws.close();
            if (cloud != null) {
                cloud.close();
            }
        }
    }

    static TerraformCli.Result run(Workspace ws, String op, String... extra) {
        switch (op) {
            case "plan, new":
            case "plan, no changes":
                return ws.plan(extra);
            case "apply":
                return ws.apply(extra);
            case "destroy":
                return ws.destroy(extra);
            default:
                throw new IllegalArgumentException(op);
        }
    }
}
