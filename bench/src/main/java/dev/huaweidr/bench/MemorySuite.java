package dev.huaweidr.bench;

import dev.huaweidr.acc.ProviderMemory;
import dev.huaweidr.acc.RunningTerraform;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.time.Duration;

/** The provider's peak resident memory with 1,000 resources: while applying them, and planning on them. */
final class MemorySuite {
    private MemorySuite() {
    }

    static Section run(TerraformSuite terraform) {
        int n = 1000;
        Section section = new Section("Memory", "Peak resident set (VmHWM) of the largest provider process of a "
                + "command, sampled from /proc every 20 ms, with the launcher's JVM flags; " + n + " Cassandra "
                + "links applied with `-parallelism=50`, then planned (refresh of " + n + " resources in state).");
        try (Workspace ws = terraform.huaweidr(Topology.links(n, 0))) {
            double apply = peakMib(ws, "apply", "-auto-approve", "-parallelism=50");
            double plan = peakMib(ws, "plan", "-detailed-exitcode");
            ws.destroy("-parallelism=50");
            section.add(Row.of("peak RSS, apply of " + n + " resources", Samples.of(apply), "MiB"));
            section.add(Row.goal("peak RSS, plan of " + n + " resources in state", Samples.of(plan), "MiB", 150));
        }
        return section;
    }

    /** Runs a command that must succeed; returns the peak of its provider processes. */
    private static double peakMib(Workspace ws, String... args) {
        RunningTerraform run = ws.start(args);
        try (ProviderMemory memory = new ProviderMemory(run)) {
            TerraformCli.Result result = run.finish(Duration.ofMinutes(30));
            if (result.exitCode() != 0) {
                throw new IllegalStateException("terraform " + String.join(" ", args) + " failed:\n" + result);
            }
            return memory.peakMib();
        }
    }
}
