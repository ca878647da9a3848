package dev.huaweidr.acc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Many resources for the load test, the cloud-call counts and the benchmarks: an emulator seed of the quickstart
 * topology plus {@code size} Redis primaries and standbys ({@code load-rp-NNN}, {@code load-rs-NNN}, in
 * ap-southeast-1, subnets {@code subnet-apse1-a} and {@code -b}) and {@code size} Cassandra sources and peers
 * ({@code load-cs-NNN} in ap-southeast-1, {@code load-cd-NNN} in ap-southeast-3), each a copy of a quickstart
 * instance; and the configurations that pair them.
 */
public final class Fleet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fleet() {
    }

    /** A temporary seed file with {@code size} instances of each of the four kinds. */
    public static Path seed(int size) {
        return Seeds.quickstartWith(seed -> {
            ArrayNode instances = (ArrayNode) seed.get("geminidb_instances");
            JsonNode redisPrimary = find(instances, "redis-c-in12");
            JsonNode redisStandby = find(instances, "redis-d-in12");
            JsonNode cassandraSource = find(instances, "cass-a-in06");
            JsonNode cassandraPeer = find(instances, "cass-b-in06");
            for (int i = 0; i < size; i++) {
                instances.add(copy(redisPrimary, String.format("load-rp-%03d", i)));
                instances.add(copy(redisStandby, String.format("load-rs-%03d", i)));
                instances.add(copy(cassandraSource, String.format("load-cs-%03d", i)));
                instances.add(copy(cassandraPeer, String.format("load-cd-%03d", i)));
            }
        });
    }

    /** {@code count} huaweidr active-active links, {@code load-cs-N} with {@code load-cd-N} from N = {@code first}. */
    public static String links(int count, int first) {
        return links("huaweidr", count, first);
    }

    /** The same links, as resources of that shape of {@code provider}: huaweidr, or the Go yardstick of the benchmarks. */
    public static String links(String provider, int count, int first) {
        return "resource \"" + provider + "_geminidb_cassandra_active_active\" \"link\" {\n"
                + "  count                   = " + count + "\n"
                + "  instance_id             = format(\"load-cs-%03d\", count.index + " + first + ")\n"
                + "  destination_instance_id = format(\"load-cd-%03d\", count.index + " + first + ")\n"
                + "  destination_region      = \"ap-southeast-3\"\n}\n";
    }

    /** {@code count} Redis DR relationships, {@code load-rp-N} with {@code load-rs-N} from N = {@code first}. */
    public static String pairs(int count, int first) {
        return "resource \"huaweidr_geminidb_redis_dr_relationship\" \"pair\" {\n"
                + "  count               = " + count + "\n"
                + "  alias               = format(\"load-%03d\", count.index + " + first + ")\n"
                + "  password_wo         = \"Str0ng!Passw0rd\"\n"
                + "  password_wo_version = 1\n"
                + "  primary {\n    instance_id = format(\"load-rp-%03d\", count.index + " + first + ")\n  }\n"
                + "  standby {\n    instance_id = format(\"load-rs-%03d\", count.index + " + first + ")\n  }\n}\n";
    }

    private static JsonNode find(ArrayNode instances, String id) {
        for (JsonNode instance : instances) {
            if (id.equals(instance.path("id").asText())) {
                return instance;
            }
        }
        throw new IllegalStateException("the quickstart seed has no " + id);
    }

    /** {@code template} under a new id and name; its group and node ids follow. */
    private static ObjectNode copy(JsonNode template, String id) {
        String old = template.path("id").asText();
        try {
            return (ObjectNode) JSON.readTree(JSON.writeValueAsString(template).replace(old, id)
                    .replace("\"" + template.path("name").asText(), "\"" + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
