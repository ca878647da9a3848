package dev.huaweidr.bench;

import dev.huaweidr.acc.Workspace;
import java.nio.file.Path;

/** The provider's peak resident memory with 1,000 resources: while applying them, and planning on them. */
final class MemorySuite {
    private MemorySuite() {
    }

    static Section run(TerraformSuite terraform, Path dist) throws Exception {
        int n = 1000;
        Section section = new Section("Memory", "Peak resident set (VmHWM) of the largest provider process of a "
                + "command, sampled from /proc every 20 ms, with the launcher's JVM flags; " + n + " Cassandra "
                + "links applied with `-parallelism=50`, then planned (refresh of " + n + " resources in state).");
        try (Workspace ws = terraform.huaweidr(Topology.links(n, 0))) {
            double apply;
            try (ProviderMemory memory = new ProviderMemory(dist)) {
                ws.apply("-parallelism=50");
                apply = memory.peakMebibytes();
            }
            double plan;
            try (ProviderMemory memory = new ProviderMemory(dist)) {
                TerraformSuite.run(ws, "plan, no changes");
                plan = memory.peakMebibytes();
            }
            ws.destroy("-parallelism=50");
            section.add(Row.of("peak RSS, apply of " + n + " resources", Samples.of(apply), "MiB"));
            section.add(Row.goal("peak RSS, plan of " + n + " resources in state", Samples.of(plan), "MiB", 150));
        }
        return section;
    }
}
