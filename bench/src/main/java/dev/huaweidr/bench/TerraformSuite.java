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

/**
 * Whole Terraform commands over N huaweidr resources against the emulator (no latency, jobs done at once),
 * timed beside the same commands over N built-in {@code terraform_data} resources, the two taken in turn;
 * the emulator's call counters for each command.
 */
final class TerraformSuite {
    private static final String[] OPERATIONS = {"plan, new", "apply", "plan, no changes", "destroy"};

    private final CloudEmulator cloud;
    private final Path dist;
    private final int runs;
    private final Map<String, Map<String, Integer>> callsOf100 = new LinkedHashMap<>();

    TerraformSuite(CloudEmulator cloud, Path dist, int runs) {
        this.cloud = cloud;
        this.dist = dist;
        this.runs = runs;
    }

    Section overhead(int... sizes) throws IOException {
        Section section = new Section("Terraform overhead", "Wall time of whole `terraform` commands (default "
                + "parallelism 10, no `init` needed: the provider comes from `dev_overrides`) over N "
                + "`huaweidr_geminidb_cassandra_active_active` resources against the emulator, and over N "
                + "`terraform_data` resources; the ratio is taken pair by pair, the two commands run in turn. "
                + "\"plan, new\" plans an empty state (the provider checks both instances of each link with the "
                + "cloud); \"plan, no changes\" refreshes an applied configuration, as a drift check does. CPU is Terraform's "
                + "with its provider processes'.");
        for (int n : sizes) {
            Map<String, List<Timing>> ours = new LinkedHashMap<>();
            Map<String, List<Timing>> builtin = new LinkedHashMap<>();
            for (String op : OPERATIONS) {
                ours.put(op, new ArrayList<>());
                builtin.put(op, new ArrayList<>());
            }
            try (Workspace a = huaweidr(Topology.links(n, 0)); Workspace b = builtins(Topology.builtins(n))) {
                for (int r = 0; r < runs; r++) {
                    for (String op : OPERATIONS) {
                        boolean count = n == 100 && r == 0;
                        ours.get(op).add(time(a, op, count));
                        builtin.get(op).add(time(b, op, false));
                    }
                }
            }
            for (String op : OPERATIONS) {
                String what = op + ", " + n + (n == 1 ? " resource" : " resources");
                List<Double> oursWall = Timing.walls(ours.get(op));
                List<Double> builtinWall = Timing.walls(builtin.get(op));
                section.add(Row.of(what + ": huaweidr", new Samples(oursWall), "s"));
                section.add(Row.of(what + ": terraform_data", new Samples(builtinWall), "s"));
                Samples ratio = Samples.ratios(oursWall, builtinWall);
                Double limit = !op.startsWith("plan") ? null : n == 1 ? Double.valueOf(1.5) : n == 500 ? Double.valueOf(1.2) : null;
                section.add(new Row(what + ": ratio", ratio, "x", limit));
                section.add(Row.of(what + ": CPU, huaweidr", new Samples(Timing.cpus(ours.get(op))), "s"));
                section.add(Row.of(what + ": CPU, terraform_data", new Samples(Timing.cpus(builtin.get(op))), "s"));
            }
        }
        return section;
    }

    /** The emulator's counters for each command over 100 resources (measured during {@link #overhead}). */
    Map<String, Map<String, Integer>> callsOf100() {
        return callsOf100;
    }

    Workspace huaweidr(String resources) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", dist))
                .config(cloud.providerBlock("ap-southeast-1") + resources);
    }

    private static Workspace builtins(String resources) {
        return new Workspace(TerraformCli.find(), Map.of()).config(resources);
    }

    /**
     * One command's wall time and its CPU time (Terraform's with its provider processes'), in seconds; with
     * {@code count}, the cloud calls it made are kept.
     */
    private Timing time(Workspace ws, String op, boolean count) throws IOException {
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
        return timing;
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
