package dev.huaweidr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.acc.CloudAgreement;
import dev.huaweidr.acc.EmulatedAccTest;
import dev.huaweidr.acc.TerraformCli;
import dev.huaweidr.acc.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad values in every attribute a user can set, of the provider, each resource, data source and action:
 * {@code terraform validate} answers each with an error diagnostic at that very attribute, and nothing
 * crashes or hangs. One configuration holds every case, one bad line per block (marked {@code # bad}).
 */
class BadInputAccTest extends EmulatedAccTest {
    private static final String REDIS = "huaweidr_geminidb_redis_dr_relationship";
    private static final String CASSANDRA = "huaweidr_geminidb_cassandra_active_active";
    private static final String PAIR_SIDES = "  primary {\n    instance_id = \"redis-c-in12\"\n  }\n"
            + "  standby {\n    instance_id = \"redis-d-in12\"\n  }\n";
    private static final String LINK_BODY = "  instance_id = \"cass-a-in06\"\n  destination_instance_id = \"cass-b-in06\"\n"
            + "  destination_region = \"ap-southeast-3\"\n";
    private static final String DWS_TASK = "huaweidr_dws_disaster_recovery_task";
    private static final String TASK_BODY = "  name = \"dr-spare\"\n  dr_type = \"az\"\n  primary_cluster_id = \"dws-spare-a\"\n"
            + "  standby_cluster_id = \"dws-spare-b\"\n  dr_sync_period = \"20m\"\n";

    private final StringBuilder hcl = new StringBuilder();
    private int blocks;

    @Test
    void everyBadValueIsAnErrorAtItsAttribute() {
        provider("region = \"Mars-1\"");
        provider("region = \"\"");
        provider("project_id = \"\"");
        provider("access_key = \"\"\n  secret_key = \"sk\"", "access_key");
        provider("auth_token = \"   \"");
        provider("security_token = \"\"");
        provider("endpoints = { nosuch = \"http://127.0.0.1:1\" }");
        provider("endpoints = { geminidb = \"ftp://127.0.0.1:1\" }");
        provider("insecure = \"maybe\"");
        provider("max_retries = -1");
        provider("max_retries = 1.5");
        provider("max_retries = 1000");
        provider("project_id = \"..\"");
        provider("endpoints = { geminidb = \"http://127.0.0.1:1/?x=1\" }");

        resource(REDIS, "alias = \"\"\n" + PAIR_SIDES);
        resource(REDIS, "alias = \"" + "a".repeat(65) + "\"\n" + PAIR_SIDES);
        resource(REDIS, "password_wo_version = -1\n  password_wo = \"x\"\n" + PAIR_SIDES, "password_wo_version");
        resource(REDIS, "password_wo_version = 1.5\n  password_wo = \"x\"\n" + PAIR_SIDES, "password_wo_version");
        resource(REDIS, "password_wo_version = \"one\"\n  password_wo = \"x\"\n" + PAIR_SIDES, "password_wo_version");
        resource(REDIS, "data_sync = \"sometimes\"\n" + PAIR_SIDES);
        resource(REDIS, "password = \"p\"\n  password_wo = \"q\"\n  password_wo_version = 1\n" + PAIR_SIDES, "password");
        resource(REDIS, "password_wo = \"q\"\n" + PAIR_SIDES, "password_wo");
        resource(REDIS, "primary {\n    instance_id = \"\" # bad\n  }\n  standby {\n    instance_id = \"redis-d-in12\"\n  }");
        resource(REDIS, "primary {\n    instance_id = \"..\" # bad\n  }\n  standby {\n    instance_id = \"redis-d-in12\"\n  }");
        resource(REDIS, "primary {\n    instance_id = \"redis-c-in12\"\n  }\n"
                + "  standby {\n    instance_id = \"redis-d-in12\"\n    project_id = \"a/b\" # bad\n  }");
        resource(REDIS, "primary {\n    instance_id = \"redis-c-in12\"\n    region = \"mars\" # bad\n  }\n"
                + "  standby {\n    instance_id = \"redis-d-in12\"\n  }");
        resource(REDIS, "primary {\n    instance_id = \"redis-c-in12\"\n  }\n"
                + "  standby {\n    instance_id = \"redis-d-in12\"\n    project_id = \"\" # bad\n  }");
        resource(REDIS, "primary {\n    instance_id = \"redis-c-in12\"\n  }\n"
                + "  standby {\n    instance_id = \"redis-c-in12\" # bad\n  }");
        resource(REDIS, PAIR_SIDES + "  timeouts {\n    create = \"soon\" # bad\n  }");
        resource(REDIS, PAIR_SIDES + "  timeouts {\n    delete = \"-5m\" # bad\n  }");
        resource(REDIS, PAIR_SIDES + "  timeouts {\n    update = \"0s\" # bad\n  }");
        resource(CASSANDRA, "instance_id = \"\" # bad\n  destination_instance_id = \"cass-b-in06\"\n"
                + "  destination_region = \"ap-southeast-3\"");
        resource(CASSANDRA, "region = \"ap_southeast_1\"\n" + LINK_BODY);
        resource(CASSANDRA, "instance_id = \".\" # bad\n  destination_instance_id = \"cass-b-in06\"\n"
                + "  destination_region = \"ap-southeast-3\"");
        resource(CASSANDRA, "instance_id = \"cass-a-in06\"\n  destination_instance_id = \"cass b\" # bad\n"
                + "  destination_region = \"ap-southeast-3\"");
        resource(CASSANDRA, "instance_id = \"cass-a-in06\"\n  destination_instance_id = \" \" # bad\n"
                + "  destination_region = \"ap-southeast-3\"");
        resource(CASSANDRA, "instance_id = \"cass-a-in06\"\n  destination_instance_id = \"cass-b-in06\"\n"
                + "  destination_region = \"\" # bad");
        resource(CASSANDRA, LINK_BODY + "  timeouts {\n    create = \"1d\" # bad\n  }");
        task("name = \"1dr\" # bad");
        task("name = \"dr\" # bad");
        task("dr_type = \"zone\" # bad");
        task("primary_cluster_id = \"..\" # bad");
        task("standby_cluster_id = \"dws-spare-a\" # bad");
        task("dr_sync_period = \"5000m\" # bad");
        task("dr_sync_period = \"20M\" # bad");
        task("enabled = \"maybe\" # bad");
        task("region = \"Mars\" # bad");
        task("standby_region = \"nowhere\" # bad");
        task("dr_type = \"region\" # bad");
        task("dr_type = \"region\"", "standby_region = \"ap-southeast-3\"", "standby_project_id = \"a/b\" # bad");
        task("region = \"ap-southeast-1\"", "standby_region = \"ap-southeast-3\" # bad");
        task("standby_project_id = \"proj-ap-southeast-1\" # bad");
        task("timeouts {\n    update = \"0s\" # bad\n  }");

        data("huaweidr_geminidb_redis_dr_status", "instance_id = \"\"");
        data("huaweidr_geminidb_redis_dr_status", "instance_id = \"redis-c-in12\"\n  region = \"x\" # bad");
        data("huaweidr_dws_disaster_recovery", "disaster_recovery_id = \"\"");
        data("huaweidr_dws_disaster_recovery", "disaster_recovery_id = \"t\"\n  region = \"AP-SOUTHEAST-1\" # bad");
        data("huaweidr_dcs_instance_roles", "instance_id = \"\"");
        data("huaweidr_dcs_instance_roles", "instance_id = \"dcs-ha-01\"\n  region = \"cn\" # bad");
        data("huaweidr_geminidb_redis_dr_status", "instance_id = \"..\"");
        data("huaweidr_dws_disaster_recovery", "disaster_recovery_id = \"../x\"");
        data("huaweidr_dcs_instance_roles", "instance_id = \"a?b\"");

        for (String action : List.of("huaweidr_dcs_swap", "huaweidr_geminidb_redis_dr_failover",
                "huaweidr_geminidb_redis_dr_switchover")) {
            action(action, "instance_id = \"\"");
            action(action, "instance_id = \"..\"");
            action(action, "instance_id = \"i\"\n    region = \"nowhere\" # bad");
            action(action, "instance_id = \"i\"\n    timeout = \"0s\" # bad");
            action(action, "instance_id = \"i\"\n    timeout = \"ten minutes\" # bad");
        }
        action("huaweidr_geminidb_redis_dr_switchover", "instance_id = \"i\"\n    primary_region = \"x\" # bad");
        String shard = "huaweidr_dcs_shard_switchover";
        action(shard, "instance_id = \"..\" # bad\n    group_id = \"g\"\n    node_id = \"n\"");
        action(shard, "instance_id = \"i\"\n    group_id = \"a/b\" # bad\n    node_id = \"n\"");
        action(shard, "instance_id = \"i\"\n    group_id = \"g\"\n    node_id = \"\" # bad");
        action(shard, "instance_id = \"i\"\n    group_id = \"g\"\n    node_id = \"node 2\" # bad");
        for (String action : List.of("huaweidr_dws_failover", "huaweidr_dws_switchover", "huaweidr_dws_recovery")) {
            action(action, "disaster_recovery_id = \"\"");
            action(action, "disaster_recovery_id = \".\"");
            action(action, "disaster_recovery_id = \"t\"\n    timeout = \"5\" # bad");
            action(action, "disaster_recovery_id = \"t\"\n    standby_region = \"apse3\" # bad");
            action(action, "disaster_recovery_id = \"t\"\n    call_through = \"primary\" # bad");
            action(action, "disaster_recovery_id = \"t\"\n    call_through = \"standby_region\" # bad");
        }

        ws.config(config(hcl.toString()));
        TerraformCli.Result validate = ws.run("validate", "-json");
        assertEquals(1, validate.exitCode(), validate.toString());
        assertNoCrash(validate);
        JsonNode diagnostics = Workspace.json(validate.stdout()).path("diagnostics");
        List<Integer> missing = new ArrayList<>();
        for (int line : badLines()) {
            if (!hasErrorAt(diagnostics, line)) {
                missing.add(line);
            }
        }
        assertTrue(missing.isEmpty(), "no error diagnostic at lines " + missing + " of\n" + numbered()
                + "\n" + validate.stdout());
        assertEquals(blocks, badLines().size());
    }

    /**
     * Import IDs and identities do not pass through the schema: each part is checked where it enters, and a bad
     * one is an error naming that part, before anything is asked of the cloud.
     */
    @Test
    void everyBadImportIdAndIdentityIsAnErrorNamingThePart() {
        ws.config(config("resource \"" + REDIS + "\" \"cli\" {\n" + PAIR_SIDES + "}\n"));
        String cli = ws.run("import", REDIS + ".cli", "NOT A REGION:redis-a-in12/redis-b-in12").failure();
        assertTrue(cli.contains("The region \"NOT A REGION\" in the primary part of import ID \"NOT A "
                + "REGION:redis-a-in12/redis-b-in12\" is not a region name"), cli);

        StringBuilder imports = new StringBuilder();
        Map<String, String> expected = new LinkedHashMap<>();
        importing(imports, REDIS, "id = \"redis-a-in12/..\"", expected,
                "The instance id \"..\" in the standby part of import ID \"redis-a-in12/..\" is not an id");
        importing(imports, REDIS, "id = \"./redis-b-in12\"", expected,
                "The instance id \".\" in the primary part of import ID \"./redis-b-in12\" is not an id");
        importing(imports, REDIS, "id = \"redis-a-in12/\"", expected,
                "The instance id in the standby part of import ID \"redis-a-in12/\" is empty.");
        importing(imports, REDIS, "id = \":redis-a-in12/redis-b-in12\"", expected,
                "The region in the primary part of import ID \":redis-a-in12/redis-b-in12\" is empty.");
        importing(imports, REDIS, "id = \"redis a/redis-b-in12\"", expected,
                "The instance id \"redis a\" in the primary part of import ID");
        importing(imports, REDIS, "id = \"redis-a-in12/redis-b-in12/redis-c-in12\"", expected,
                "two instances separated by one `/`; got \"redis-a-in12/redis-b-in12/redis-c-in12\"");
        importing(imports, CASSANDRA, "id = \"..\"", expected, "The instance id \"..\" of import ID \"..\" is not an id");
        importing(imports, CASSANDRA, "id = \"Mars-1:cass-a-in06\"", expected,
                "The region \"Mars-1\" of import ID \"Mars-1:cass-a-in06\" is not a region name");
        importing(imports, CASSANDRA, "id = \"ap-southeast-1:a:b\"", expected,
                "The instance id \"a:b\" of import ID \"ap-southeast-1:a:b\" is not an id");
        importing(imports, DWS_TASK, "id = \"ap-southeast-1:..\"", expected,
                "The task id \"..\" of import ID \"ap-southeast-1:..\" is not an id");
        importing(imports, DWS_TASK, "id = \"Mars-1:dws-dr-task-prod\"", expected,
                "The region \"Mars-1\" of import ID \"Mars-1:dws-dr-task-prod\" is not a region name");
        importing(imports, DWS_TASK, "identity = {\n    disaster_recovery_id = \"a/b\"\n  }", expected,
                "The identity's `disaster_recovery_id` (\"a/b\") is not an id");
        importing(imports, REDIS, "identity = {\n    primary_instance_id = \"..\"\n    standby_instance_id = \"redis-b-in12\"\n"
                + "    standby_region = \"NOT A REGION\"\n  }", expected,
                "The identity's `primary_instance_id` (\"..\") is not an id");
        expected.put("identity standby_region", "The identity's `standby_region` (\"NOT A REGION\") is not a region");
        importing(imports, CASSANDRA, "identity = {\n    instance_id = \"a/b\"\n    region = \"\"\n  }", expected,
                "The identity's `instance_id` (\"a/b\") is not an id");
        expected.put("identity region", "The identity's `region` is empty.");

        ws.config(config(imports.toString()));
        String plan = ws.plan().failure();
        List<String> missing = expected.entrySet().stream().filter(e -> !plan.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertTrue(missing.isEmpty(), "no error for " + missing + " in\n" + plan);
    }

    /**
     * Appends to {@code hcl} a resource of {@code type} and an import block for it with {@code what} ({@code id =
     * ...} or {@code identity = ...}), which must end in an {@code error}.
     */
    private static void importing(StringBuilder hcl, String type, String what, Map<String, String> expected,
            String error) {
        String name = "i" + expected.size();
        String body = REDIS.equals(type) ? PAIR_SIDES : CASSANDRA.equals(type) ? LINK_BODY : TASK_BODY;
        hcl.append("resource \"").append(type).append("\" \"").append(name).append("\" {\n").append(body).append("}\n")
                .append("import {\n  to = ").append(type).append('.').append(name).append("\n  ").append(what)
                .append("\n}\n");
        expected.put(what, error);
    }

    @Test
    void aProviderConfiguredFromAResourceIsPlannedAndAppliedOnceItsValuesAreKnown() {
        String late = cloud.providerOnly("ap-southeast-1")
                .replace("provider \"huaweidr\" {\n", "provider \"huaweidr\" {\n  alias = \"late\"\n")
                .replace("region     = \"ap-southeast-1\"",
                        "region     = huaweidr_geminidb_cassandra_active_active.link.region");
        ws.config(config(Scenarios.link("")) + late
                + Scenarios.pair("  provider = huaweidr.late\n"));
        TerraformCli.Result plan = ws.plan();
        assertEquals(2, plan.exitCode(), "planned, with the pair left to apply time:\n" + plan);
        assertNoCrash(plan);
        ws.apply();
        assertEquals(2, CloudAgreement.assertAgree(ws, cloud));
    }

    private void provider(String bad) {
        provider(bad, null);
    }

    /**
     * An aliased provider block with one bad setting, and a data source using it (Terraform validates only
     * provider blocks something uses); {@code at} names the attribute when it is not the first.
     */
    private void provider(String bad, String at) {
        String alias = "p" + blocks;
        block("provider \"huaweidr\" {\n  alias = \"" + alias + "\"\n  " + mark(bad, at) + "\n}\n"
                + "data \"huaweidr_dcs_instance_roles\" \"" + alias + "\" {\n  provider = huaweidr." + alias
                + "\n  instance_id = \"dcs-ha-01\"\n}\n");
    }

    private void resource(String type, String body) {
        resource(type, body, null);
    }

    private void resource(String type, String body, String at) {
        block("resource \"" + type + "\" \"r" + blocks + "\" {\n  " + mark(body, at) + "\n}\n");
    }

    /** A DWS DR task whose body is {@link #TASK_BODY} with each of {@code lines} in place of the line it sets. */
    private void task(String... lines) {
        StringBuilder body = new StringBuilder();
        for (String line : TASK_BODY.split("\n")) {
            String key = line.trim().split(" ")[0];
            if (List.of(lines).stream().noneMatch(l -> l.startsWith(key + " "))) {
                body.append(line.trim()).append("\n  ");
            }
        }
        resource(DWS_TASK, body + String.join("\n  ", lines));
    }

    private void data(String type, String body) {
        block("data \"" + type + "\" \"d" + blocks + "\" {\n  " + mark(body, null) + "\n}\n");
    }

    private void action(String type, String body) {
        block("action \"" + type + "\" \"a" + blocks + "\" {\n  config {\n    " + mark(body, null) + "\n  }\n}\n");
    }

    private void block(String text) {
        hcl.append(text).append('\n');
        blocks++;
    }

    /** Marks the bad line: the one already marked, the one setting {@code at}, or else the first. */
    private static String mark(String body, String at) {
        if (body.contains("# bad")) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (at == null || lines[i].trim().startsWith(at + " ")) {
                lines[i] = lines[i] + " # bad";
                break;
            }
        }
        return String.join("\n", lines);
    }

    /** The 1-based lines of main.tf marked bad (after the provider block the workspace starts with). */
    private List<Integer> badLines() {
        String[] lines = (cloud.providerBlock("ap-southeast-1") + hcl).split("\n", -1);
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].endsWith("# bad")) {
                bad.add(i + 1);
            }
        }
        return bad;
    }

    private String numbered() {
        String[] lines = (cloud.providerBlock("ap-southeast-1") + hcl).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(i + 1).append(": ").append(lines[i]).append('\n');
        }
        return out.toString();
    }

    private static boolean hasErrorAt(JsonNode diagnostics, int line) {
        for (JsonNode d : diagnostics) {
            if ("error".equals(d.path("severity").asText()) && d.path("range").path("start").path("line").asInt() == line) {
                return true;
            }
        }
        return false;
    }

    private static void assertNoCrash(TerraformCli.Result result) {
        for (String sign : List.of("panic", "Plugin did not respond", "Unexpected error in", "rpc error")) {
            assertFalse(result.output().contains(sign), sign + " in:\n" + result);
        }
    }
}
