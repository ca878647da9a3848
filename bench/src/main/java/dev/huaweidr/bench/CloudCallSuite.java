package dev.huaweidr.bench;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.acc.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the provider asks of the cloud: the emulator's counters per command over 100 resources, the polls
 * of one 30 s job, and how many provider processes of a plan fetch the schema.
 */
final class CloudCallSuite {
    private static final String JOB_POLL = "GET /v3/{project_id}/jobs";

    private CloudCallSuite() {
    }

    static Section run(TerraformSuite terraform, CloudEmulator cloud) throws IOException {
        Section section = new Section("Cloud calls", "The emulator's counters (`GET /_emulator/calls`) for each "
                + "command over 100 Cassandra links (the minimum the API allows is discussed above the generated part).");
        Map<String, Map<String, Integer>> calls = terraform.callsOf100();
        TreeSet<String> routes = new TreeSet<>();
        calls.values().forEach(c -> routes.addAll(c.keySet()));
        StringBuilder table = new StringBuilder("| Route | ").append(String.join(" | ", calls.keySet()))
                .append(" |\n|---|").append("---|".repeat(calls.size())).append('\n');
        for (String route : routes) {
            table.append("| `").append(route).append("` |");
            for (Map<String, Integer> c : calls.values()) {
                int count = c.getOrDefault(route, 0);
                table.append(' ').append(count == 0 ? "" : String.format(Locale.ROOT, "%d (%.2f each)", count, count / 100.0))
                        .append(" |");
            }
            table.append('\n');
        }
        section.note(table.toString());
        section.note("One apply of a link whose job takes 30 s: " + pollsOfA30SecondJob(terraform, cloud)
                + " job polls (`" + JOB_POLL + "`).");
        section.note(schemaFetches(terraform));
        return section;
    }

    private static int pollsOfA30SecondJob(TerraformSuite terraform, CloudEmulator cloud) {
        try (Workspace ws = terraform.huaweidr(Topology.links(1, 999))) {
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
        try (Workspace ws = terraform.huaweidr(Topology.links(1, 998))) {
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
