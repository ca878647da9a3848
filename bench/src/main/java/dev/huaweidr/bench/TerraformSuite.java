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
 * timed beside the same commands over N resources of the Go yardstick provider (same schema, no cloud) and
 * over N built-in {@code terraform_data} resources, the workspaces taken in turn; the emulator's call
 * counters for each command.
 */
final class TerraformSuite {
    private static final String[] OPERATIONS = {"plan, new", "apply", "plan, no changes", "destroy"};
    private static final String YARDSTICK_PROVIDER = "terraform {\n  required_providers {\n"
            + "    yardstick = { source = \"huaweidr/yardstick\" }\n  }\n}\n\n"
            + "provider \"yardstick\" {\n  region = \"ap-southeast-1\"\n}\n\n";

    private final CloudEmulator cloud;
    private final Path dist;
    private final Path yardstick;
    private final int runs;
    private final Map<String, Map<String, Integer>> callsOf100 = new LinkedHashMap<>();

    /** @param yardstick the directory of {@code terraform-provider-yardstick}, or null: no Go figures */
    TerraformSuite(CloudEmulator cloud, Path dist, Path yardstick, int runs) {
        this.cloud = cloud;
        this.dist = dist;
        this.yardstick = yardstick;
        this.runs = runs;
    }

    Section overhead(int... sizes) throws IOException {
        Section section = new Section("Terraform overhead", "Wall time of whole `terraform` commands (default "
                + "parallelism 10, no `init` needed: the providers come from `dev_overrides`) over N "
                + "`huaweidr_geminidb_cassandra_active_active` resources against the emulator, over as many "
                + "resources of the Go yardstick provider (`bench/yardstick`: the same schema, no cloud calls) and "
                + "over as many `terraform_data` resources; each in a workspace of its own, the three taking each "
                + "command in turn, ratios taken pair by pair. The Go provider column is the yardstick's figure "
                + "(on a ratio row, its ratio to `terraform_data`); huaweidr / Go, huaweidr's ratio to it. "
                + "\"plan, new\" plans an empty state (huaweidr checks both instances of each link with the "
                + "cloud); \"plan, no changes\" refreshes an applied configuration, as a drift check does. CPU is "
                + "Terraform's with its provider processes'.")
                .comparedWith("Go provider", "huaweidr / Go");
        for (int n : sizes) {
            Map<String, List<Timing>> ours = timings();
            Map<String, List<Timing>> go = timings();
            Map<String, List<Timing>> builtin = timings();
            try (Workspace a = huaweidr(Topology.links(n, 0));
                    Workspace g = yardstick == null ? null : yardstick(Topology.links("yardstick", n, 0));
                    Workspace b = builtins(Topology.builtins(n))) {
                for (int r = 0; r < runs; r++) {
                    for (String op : OPERATIONS) {
                        boolean count = n == 100 && r == 0;
                        ours.get(op).add(time(a, op, count));
                        if (g != null) {
                            go.get(op).add(time(g, op, false));
                        }
                        builtin.get(op).add(time(b, op, false));
                    }
                }
            }
            for (String op : OPERATIONS) {
                String what = op + ", " + n + (n == 1 ? " resource" : " resources");
                List<Double> oursWall = Timing.walls(ours.get(op));
                List<Double> goWall = Timing.walls(go.get(op));
                List<Double> builtinWall = Timing.walls(builtin.get(op));
                section.add(againstGo(Row.of(what + ": huaweidr", new Samples(oursWall), "s"), oursWall, goWall));
                section.add(Row.of(what + ": terraform_data", new Samples(builtinWall), "s"));
                List<Double> ratio = Samples.quotients(oursWall, builtinWall);
                Double limit = !op.startsWith("plan") ? null : n == 1 ? Double.valueOf(1.5) : n == 500 ? Double.valueOf(1.2) : null;
                section.add(againstGo(new Row(what + ": ratio", new Samples(ratio), "x", limit), ratio,
                        Samples.quotients(goWall, builtinWall)));
                List<Double> oursCpu = Timing.cpus(ours.get(op));
                section.add(againstGo(Row.of(what + ": CPU, huaweidr", new Samples(oursCpu), "s"), oursCpu,
                        Timing.cpus(go.get(op))));
                section.add(Row.of(what + ": CPU, terraform_data", new Samples(Timing.cpus(builtin.get(op))), "s"));
            }
        }
        return section;
    }

    private static Map<String, List<Timing>> timings() {
        Map<String, List<Timing>> timings = new LinkedHashMap<>();
        for (String op : OPERATIONS) {
            timings.put(op, new ArrayList<>());
        }
        return timings;
    }

    /** {@code row} with the yardstick's figures of the same quantity beside it, if the yardstick ran. */
    private static Row againstGo(Row row, List<Double> ours, List<Double> go) {
        return go.isEmpty() ? row : row.against(new Samples(go), Samples.ratios(ours, go));
    }

    /** The emulator's counters for each command over 100 resources (measured during {@link #overhead}). */
    Map<String, Map<String, Integer>> callsOf100() {
        return callsOf100;
    }

    Workspace huaweidr(String resources) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", dist))
                .config(cloud.providerBlock("ap-southeast-1") + resources);
    }

    private Workspace yardstick(String resources) {
        return new Workspace(TerraformCli.find(), Map.of("huaweidr/yardstick", yardstick))
                .config(YARDSTICK_PROVIDER + resources);
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
