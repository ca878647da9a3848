package dev.huaweidr.bench;

import dev.huaweidr.acc.Fleet;
import dev.huaweidr.acc.ProviderMemory;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The peak resident memory of a provider process, each build of huaweidr beside the Go yardstick provider: a
 * plan of the quickstart, and 1,000 resources applied, then planned in state.
 */
final class MemorySuite {
    private static final int LINKS = 1000;
    /** The goal, held against the build that ships: its peak within this ratio to the Go provider's. */
    private static final double GOAL = 1.2;

    /** One command's peaks of its largest provider process, in MiB: all resident, and its anonymous part. */
    private record Peak(double resident, double anonymous) {
    }

    /** One provider's peaks. */
    private record Peaks(Peak quickstart, Peak apply, Peak plan) {
    }

    private MemorySuite() {
    }

    static Section run(TerraformSuite terraform, Path quickstart) {
        Section section = new Section("Memory", "Peak resident set (VmHWM) of the largest provider process of a "
                + "command, sampled from /proc every 20 ms: a plan of the quickstart (`examples/quickstart`, two "
                + "resources; for the Go yardstick provider, two of its resources), then " + LINKS + " Cassandra "
                + "links applied with `-parallelism=50` and planned (a refresh of " + LINKS + " resources in state). "
                + "Each build of huaweidr (the JVM launcher with its JVM flags); the Go provider column is the "
                + "yardstick's figure, huaweidr / Go the ratio to it, against which the goal is held for the build "
                + "that ships. The anonymous rows (RssAnon, sampled) leave out the executable's and libraries' "
                + "pages, which are clean and shared by every process that maps them: the native executable maps "
                + "its compiled code and its image heap from its file.").comparedWith("Go provider", "huaweidr / Go");
        Peaks go = terraform.hasYardstick() ? peaks(terraform.yardstick(Fleet.links("yardstick", 2, 0)),
                terraform.yardstick(Fleet.links("yardstick", LINKS, 0))) : null;
        Map<Build, Peaks> ours = new LinkedHashMap<>();
        for (Build build : terraform.builds().all()) {
            ours.put(build, peaks(terraform.quickstart(build, quickstart), terraform.huaweidr(build, Fleet.links(LINKS, 0))));
        }
        Build ships = terraform.builds().ships();
        add(section, "peak RSS, plan of the quickstart: ", ours, go, p -> p.quickstart().resident(), ships, GOAL);
        add(section, "peak RSS, apply of " + LINKS + " resources: ", ours, go, p -> p.apply().resident(), ships, null);
        add(section, "peak RSS, plan of " + LINKS + " resources in state: ", ours, go, p -> p.plan().resident(), ships, GOAL);
        add(section, "peak anonymous, plan of the quickstart: ", ours, go, p -> p.quickstart().anonymous(), ships, null);
        add(section, "peak anonymous, plan of " + LINKS + " resources in state: ", ours, go, p -> p.plan().anonymous(),
                ships, null);
        return section;
    }

    /** Each build's row of one peak, that of {@code ships} held against {@code goal} if not null. */
    private static void add(Section section, String what, Map<Build, Peaks> ours, Peaks go, ToDoubleFunction<Peaks> peak,
            Build ships, Double goal) {
        for (Map.Entry<Build, Peaks> e : ours.entrySet()) {
            section.add(Row.compared(what + e.getKey().label(), List.of(peak.applyAsDouble(e.getValue())),
                    go == null ? List.of() : List.of(peak.applyAsDouble(go)), "MiB", e.getKey() == ships ? goal : null));
        }
    }

    /** The peaks of a plan of {@code small}, and of {@code links} applied, planned in state and destroyed. */
    private static Peaks peaks(Workspace small, Workspace links) {
        try (small; links) {
            Peak quickstart = peak(small, "plan");
            Peak apply = peak(links, "apply", "-auto-approve", "-parallelism=50");
            Peak plan = peak(links, "plan", "-detailed-exitcode");
            links.destroy("-parallelism=50");
            return new Peaks(quickstart, apply, plan);
        }
    }

    /** Runs a command that must succeed; returns the peak of its provider processes. */
    private static Peak peak(Workspace ws, String... args) {
        RunningTerraform run = ws.start(args);
        try (ProviderMemory memory = new ProviderMemory(run)) {
            TerraformCli.Result result = run.finish(Duration.ofMinutes(30));
            if (result.exitCode() != 0) {
                throw new IllegalStateException("terraform " + String.join(" ", args) + " failed:\n" + result);
            }
            return new Peak(memory.peakMib(), memory.peakAnonymousMib());
        }
    }
}
