package dev.huaweidr.bench;

import dev.huaweidr.acc.Fleet;
import dev.huaweidr.acc.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A CI drift check over 20 workspaces (5 links each): {@code terraform plan -detailed-exitcode} in each, one
 * after another; every command launching its own providers, or all attached to one warm provider process,
 * whose start is counted in the run. Of the build that ships.
 */
final class WarmSuite {
    private static final int WORKSPACES = 20;
    private static final int LINKS = 5;
    private static final int FIRST_INSTANCE = 500;
    private static final String PREFIX = "TF_REATTACH_PROVIDERS=";

    private WarmSuite() {
    }

    static Section run(TerraformSuite terraform, int runs) throws Exception {
        Build build = terraform.builds().ships();
        List<Workspace> workspaces = new ArrayList<>();
        try {
            for (int i = 0; i < WORKSPACES; i++) {
                Workspace ws = terraform.huaweidr(Fleet.links(LINKS, FIRST_INSTANCE + i * LINKS));
                workspaces.add(ws);
                ws.apply();
            }
            List<Timing> cold = new ArrayList<>();
            List<Timing> warm = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                cold.add(driftCheck(workspaces, null));
                warm.add(driftCheck(workspaces, build.executable()));
            }
            Section section = new Section("Warm mode", "A drift check as a CI runner does it: `terraform plan "
                    + "-detailed-exitcode` in " + WORKSPACES + " workspaces of " + LINKS + " links each, one after "
                    + "another, with the build that ships. Cold: each command launches its providers. Warm: one "
                    + "`terraform-provider-huaweidr --warm` process, started within the timed run, serves them all "
                    + "through `TF_REATTACH_PROVIDERS`. CPU is Terraform's with the provider processes'.");
            String what = "drift check of " + WORKSPACES + " workspaces, " + build.label() + ": ";
            section.add(Row.of(what + "cold", new Samples(Timing.walls(cold)), "s"));
            section.add(Row.of(what + "warm", new Samples(Timing.walls(warm)), "s"));
            section.add(Row.of(what + "warm / cold", Samples.ratios(Timing.walls(warm), Timing.walls(cold)), "x"));
            section.add(Row.of(what + "CPU, cold", new Samples(Timing.cpus(cold)), "s"));
            section.add(Row.of(what + "CPU, warm", new Samples(Timing.cpus(warm)), "s"));
            return section;
        } finally {
            for (Workspace ws : workspaces) {
                ws.env("TF_REATTACH_PROVIDERS", "");
                ws.destroy();
                ws.close();
            }
        }
    }

    /** The whole check; with {@code warmExecutable}, a warm provider it starts serves it. */
    private static Timing driftCheck(List<Workspace> workspaces, Path warmExecutable) throws Exception {
        Timing.Clock clock = Timing.start();
        Process provider = null;
        try {
            String reattach = "";
            if (warmExecutable != null) {
                provider = new ProcessBuilder(warmExecutable.toString(), "--warm")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String line = new BufferedReader(new InputStreamReader(provider.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if (line == null || !line.startsWith(PREFIX)) {
                    throw new IllegalStateException("the warm provider printed " + line);
                }
                reattach = line.substring(PREFIX.length());
            }
            for (Workspace ws : workspaces) {
                int exit = ws.env("TF_REATTACH_PROVIDERS", reattach).plan().exitCode();
                if (exit != 0) {
                    throw new IllegalStateException("drift where there is none: exit " + exit);
                }
            }
        } finally {
            if (provider != null) {
                provider.destroy();
                provider.waitFor(10, TimeUnit.SECONDS);
            }
        }
        // After the warm provider has ended: its CPU counts.
        return clock.stop();
    }
}
