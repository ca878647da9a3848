package dev.huaweidr.bench;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.Fleet;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What the provider asks of the cloud, counted by the emulator: the calls of each command over 1, 100 and 500
 * active-active links and Redis DR pairs, with the build that ships and, given {@code --baseline}, with that
 * older build beside it ("before"); each route's calls for 100 links, and whether the calling Go yardstick made
 * the same; the polls of one 30 s job; how many provider processes of a plan fetch the schema.
 */
final class CloudCallSuite {
    private static final String[] OPERATIONS = {"plan, new", "apply", "plan, no changes", "destroy"};
    private static final String JOB_POLL = "GET /v3/{project_id}/jobs";
    /** The instances the two single-link measures use, apart from those of the counted commands. */
    private static final int SPARE = 998;

    private CloudCallSuite() {
    }

    /** @param baseline the launcher directory of an older build to count beside the one that ships, or null */
    static Section run(TerraformSuite terraform, CloudEmulator cloud, Path baseline, int[] sizes) throws IOException {
        Section section = new Section("Cloud calls", "The emulator's counters (`GET /_emulator/calls`): every "
                + "call of each command over N `huaweidr_geminidb_cassandra_active_active` links (sources in "
                + "ap-southeast-1, peers in ap-southeast-3, among 1,002 and 1,001 Cassandra instances: 11 pages "
                + "each) and over N `huaweidr_geminidb_redis_dr_relationship` pairs (both sides in ap-southeast-1, "
                + "among 2,005 Redis instances: 21 pages), with " + terraform.builds().ships().label()
                + (baseline == null ? "" : " and, under \"Before\", with the older build given as `--baseline`")
                + ". The minimum the API allows is discussed above the generated part.");
        if (baseline != null) {
            section.comparedWith("Before", "after / before");
        }
        Build before = baseline == null ? null : new Build("before", baseline.toRealPath());
        Map<String, Map<String, Integer>> routesOf100Links = null;
        for (String kind : new String[] {"links", "pairs"}) {
            BiFunction<Integer, Integer, String> resources = kind.equals("links") ? Fleet::links : Fleet::pairs;
            for (int n : sizes) {
                Map<String, Map<String, Integer>> after = counts(terraform.huaweidr(resources.apply(n, 0)), cloud);
                Map<String, Map<String, Integer>> old = before == null ? null
                        : counts(terraform.huaweidr(before, resources.apply(n, 0)), cloud);
                if (kind.equals("links") && n == 100) {
                    routesOf100Links = after;
                }
                String what = n + " " + (n == 1 ? kind.substring(0, kind.length() - 1) : kind);
                for (String op : OPERATIONS) {
                    section.add(Row.compared(op + ", " + what, List.of((double) total(after.get(op))),
                            old == null ? List.of() : List.of((double) total(old.get(op))), "calls", null));
                }
            }
        }
        if (routesOf100Links != null) {
            section.note("Each route's calls for 100 links, with " + terraform.builds().ships().label() + ":\n\n"
                    + routeTable(routesOf100Links, 100));
        }
        section.note(yardstickAgreement(terraform));
        section.note("One apply of a link whose job takes 30 s: " + pollsOfA30SecondJob(terraform, cloud)
                + " job polls (`" + JOB_POLL + "`).");
        section.note(schemaFetches(terraform));
        return section;
    }

    /** Each command's calls by route, in a workspace of its own that ends destroyed. */
    private static Map<String, Map<String, Integer>> counts(Workspace workspace, CloudEmulator cloud) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        try (Workspace ws = workspace) {
            for (String op : OPERATIONS) {
                cloud.clearCalls();
                TerraformCli.Result result = TerraformSuite.run(ws, op);
                if (result.exitCode() == 1) {
                    throw new IllegalStateException(op + " failed:\n" + result);
                }
                counts.put(op, cloud.calls());
            }
        }
        return counts;
    }

    private static int total(Map<String, Integer> calls) {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Routes as rows, commands as columns: "N (x.xx each)". */
    private static String routeTable(Map<String, Map<String, Integer>> calls, int resources) {
        TreeSet<String> routes = new TreeSet<>();
        calls.values().forEach(c -> routes.addAll(c.keySet()));
        StringBuilder table = new StringBuilder("| Route | ").append(String.join(" | ", calls.keySet()))
                .append(" |\n|---|").append("---|".repeat(calls.size())).append('\n');
        for (String route : routes) {
            table.append("| `").append(route).append("` |");
            for (Map<String, Integer> c : calls.values()) {
                int count = c.getOrDefault(route, 0);
                table.append(' ').append(count == 0 ? "" : String.format(Locale.ROOT, "%d (%.2f each)", count,
                        count / (double) resources)).append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** Whether the calling Go yardstick made huaweidr's calls, route by route, in the timed 100-link commands. */
    private static String yardstickAgreement(TerraformSuite terraform) {
        Map<String, Map<String, Integer>> ours = terraform.callsOf100();
        Map<String, Map<String, Integer>> go = terraform.yardstickCallsOf100();
        if (ours.isEmpty() || go.isEmpty()) {
            return "The Go yardstick's calls were not counted in this run (it counts them while timing the "
                    + "Terraform overhead at 100 resources, with Go installed).";
        }
        List<String> differences = new ArrayList<>();
        for (String op : ours.keySet()) {
            TreeSet<String> routes = new TreeSet<>(ours.get(op).keySet());
            routes.addAll(go.getOrDefault(op, Map.of()).keySet());
            for (String route : routes) {
                Integer a = ours.get(op).get(route);
                Integer b = go.getOrDefault(op, Map.of()).get(route);
                if (!Objects.equals(a, b)) {
                    differences.add(op + ", `" + route + "`: huaweidr " + (a == null ? 0 : a) + ", Go " + (b == null ? 0 : b));
                }
            }
        }
        return "The Go yardstick's calls in the same commands over 100 links, timed in the Terraform overhead: "
                + (differences.isEmpty() ? "the same as huaweidr's, route by route."
                        : "the same but for " + String.join("; ", differences) + ".");
    }

    private static int pollsOfA30SecondJob(TerraformSuite terraform, CloudEmulator cloud) {
        try (Workspace ws = terraform.huaweidr(Fleet.links(1, SPARE + 1))) {
            cloud.fault("{\"method\":\"POST\",\"path\":\"dual-active-relationship$\",\"job_millis\":30000,\"times\":1}");
            cloud.clearCalls();
            ws.apply();
            int polls = cloud.calls(JOB_POLL);
            ws.destroy();
            return polls;
        }
    }

    /** {@code get_provider_schema_optional} at work: Terraform's trace log of one plan. */
    private static String schemaFetches(TerraformSuite terraform) throws IOException {
        Path log = Files.createTempFile("bench-trace-", ".log");
        try (Workspace ws = terraform.huaweidr(Fleet.links(1, SPARE))) {
            ws.env("TF_LOG", "trace").env("TF_LOG_PATH", log.toString());
            TerraformSuite.run(ws, "plan, new");
            String trace = Files.readString(log);
            return String.format(Locale.ROOT, "`TF_LOG=trace terraform plan` of one link: %d provider processes "
                    + "started, %d GetProviderSchema calls (later processes skip the schema: "
                    + "`get_provider_schema_optional`).", count(trace, "provider: plugin started:"),
                    count(trace, "GRPCProvider.v6: GetProviderSchema"));
        } finally {
            Files.delete(log);
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
