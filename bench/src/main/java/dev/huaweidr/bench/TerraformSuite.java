package dev.huaweidr.bench;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whole Terraform commands over N huaweidr resources against the emulator (no latency, jobs done at once),
 * with each build of huaweidr, timed beside the same commands over N resources of the Go yardstick provider
 * (same schema, no cloud) and over N built-in {@code terraform_data} resources, the workspaces taken in turn;
 * the emulator's call counters for each command.
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
    private static final String YARDSTICK_PROVIDER = "terraform {\n  required_providers {\n"
            + "    yardstick = { source = \"huaweidr/yardstick\" }\n  }\n}\n\n"
            + "provider \"yardstick\" {\n  region = \"ap-southeast-1\"\n}\n\n";

    private final CloudEmulator cloud;
    private final Builds builds;
    private final Path yardstick;
    private final int runs;
    private final Map<String, Map<String, Integer>> callsOf100 = new LinkedHashMap<>();

    /**
     * @param yardstick the directory of {@code terraform-provider-yardstick}, or null: no Go figures
     */
    TerraformSuite(CloudEmulator cloud, Builds builds, Path yardstick, int runs) {
        this.cloud = cloud;
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
                + "many resources of the Go yardstick provider (`bench/yardstick`: the same schema, no cloud calls) "
                + "and over as many `terraform_data` resources; each in a workspace of its own, all taking each "
                + "command in turn. The Go provider column is the yardstick's figure; huaweidr / Go, the row's ratio "
                + "to it, pair by pair. The goals are held against that ratio for the build that ships. "
                + "\"plan, new\" plans an empty state (huaweidr checks both instances of each link with the "
                + "cloud); \"plan, no changes\" refreshes an applied configuration, as a drift check does. CPU is "
                + "Terraform's with its provider processes'.")
                .comparedWith("Go provider", "huaweidr / Go");
        for (int n : sizes) {
            Map<Build, Subject> ours = new LinkedHashMap<>();
            List<Subject> inTurn = new ArrayList<>(); // every workspace opened, closed at the end
            try {
                int first = 0; // each build links instances of its own: an instance is in one link at a time
                for (Build build : GOAL_SIZES.contains(n) ? builds.all() : List.of(builds.ships())) {
                    ours.put(build, opened(inTurn, huaweidr(build, Topology.links(n, first))));
                    first += n;
                }
                Subject go = yardstick == null ? null : opened(inTurn, yardstick(Topology.links("yardstick", n, 0)));
                Subject builtin = opened(inTurn, builtins(Topology.builtins(n)));
                Subject counted = ours.get(builds.ships());
                for (int r = 0; r < runs; r++) {
                    for (String op : OPERATIONS) {
                        for (Subject subject : inTurn) {
                            subject.time(op, n == 100 && r == 0 && subject == counted);
                        }
                    }
                }
                for (String op : OPERATIONS) {
                    String what = op + ", " + n + (n == 1 ? " resource" : " resources") + ": ";
                    boolean goals = GOAL_SIZES.contains(n) && op.startsWith("plan");
                    addRows(section, what, ours, go, builtin, subject -> subject.walls(op), goals ? WALL_GOAL : null);
                    addRows(section, what + "CPU, ", ours, go, builtin, subject -> subject.cpus(op), goals ? CPU_GOAL : null);
                }
            } finally {
                inTurn.forEach(Subject::close);
            }
        }
        return section;
    }

    private Subject opened(List<Subject> inTurn, Workspace ws) {
        Subject subject = new Subject(ws);
        inTurn.add(subject);
        return subject;
    }

    /**
     * One quantity's rows, in seconds: each build's, with the Go provider's beside it if it ran (and
     * {@code goal}, if not null, the limit of the ratio to it of the build that ships), then terraform_data's.
     */
    private void addRows(Section section, String prefix, Map<Build, Subject> ours, Subject go, Subject builtin,
            Function<Subject, List<Double>> quantity, Double goal) {
        for (Map.Entry<Build, Subject> e : ours.entrySet()) {
            section.add(Row.compared(prefix + e.getKey().label(), quantity.apply(e.getValue()),
                    go == null ? List.of() : quantity.apply(go), "s", e.getKey() == builds.ships() ? goal : null));
        }
        section.add(Row.of(prefix + "terraform_data", new Samples(quantity.apply(builtin)), "s"));
    }

    /** The emulator's counters for each command over 100 resources (measured during {@link #overhead}). */
    Map<String, Map<String, Integer>> callsOf100() {
        return callsOf100;
    }

    Builds builds() {
        return builds;
    }

    /** A workspace of {@code resources} with the build that ships. */
    Workspace huaweidr(String resources) {
        return huaweidr(builds.ships(), resources);
    }

    Workspace huaweidr(Build build, String resources) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", build.dir()))
                .config(cloud.providerBlock("ap-southeast-1") + resources);
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

    Workspace yardstick(String resources) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/yardstick", yardstick))
                .config(YARDSTICK_PROVIDER + resources);
    }

    private static Workspace builtins(String resources) {
        return new Workspace(TerraformCli.find(), Map.of()).config(resources);
    }

    /** One configuration's workspace, and its timings of each command in the order of the rounds. */
    private final class Subject implements AutoCloseable {
        private final Workspace ws;
        private final Map<String, List<Timing>> timings = new LinkedHashMap<>();

        Subject(Workspace ws) {
            this.ws = ws;
        }

        /**
         * Times one command: its wall time and its CPU time (Terraform's with its provider processes'), in
         * seconds; with {@code count}, the cloud calls it made are kept.
         */
        void time(String op, boolean count) throws IOException {
            if (count) {
                cloud.clearCalls();
            }
            Timing.Clock clock = Timing.start();
            TerraformCli.Result result = run(ws, op);
            Timing timing = clock.stop();
            if (result.exitCode() == 1) {
                throw new IllegalStateException(op + " failed:\n" + result);
            }
            if (count) {
                callsOf100.put(op, cloud.calls());
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
