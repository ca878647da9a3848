package dev.huaweidr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The benchmark's cloud: the quickstart seed plus {@code pairs} GeminiDB Cassandra instance pairs, source
 * {@code bench-src-N} in ap-southeast-1 and destination {@code bench-dst-N} in ap-southeast-3, and the
 * configurations that link them: N huaweidr resources, as many of the Go yardstick provider's resource of
 * the same shape, or as many built-in {@code terraform_data}.
 */
final class Topology {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Topology() {
    }

    /** Writes the seed to {@code target}, modelled on the quickstart's two Cassandra instances. */
    static Path seed(Path quickstartSeed, int pairs, Path target) throws IOException {
        ObjectNode seed = (ObjectNode) JSON.readTree(quickstartSeed.toFile());
        ArrayNode instances = (ArrayNode) seed.get("geminidb_instances");
        JsonNode source = find(instances, "cass-a-in06");
        JsonNode destination = find(instances, "cass-b-in06");
        for (int i = 0; i < pairs; i++) {
            instances.add(copy(source, "bench-src-" + i));
            instances.add(copy(destination, "bench-dst-" + i));
        }
        JSON.writeValue(target.toFile(), seed);
        return target;
    }

    /** {@code count} active-active links, numbered from {@code first}. */
    static String links(int count, int first) {
        return links("huaweidr", count, first);
    }

    /** The same links, of the resource type of that shape of {@code provider}: huaweidr, or the Go yardstick. */
    static String links(String provider, int count, int first) {
        return "resource \"" + provider + "_geminidb_cassandra_active_active\" \"link\" {\n"
                + "  count                   = " + count + "\n"
                + "  instance_id             = \"bench-src-${count.index + " + first + "}\"\n"
                + "  destination_instance_id = \"bench-dst-${count.index + " + first + "}\"\n"
                + "  destination_region      = \"ap-southeast-3\"\n}\n";
    }

    /** The same number of Terraform's built-in resources: what Terraform costs without any provider. */
    static String builtins(int count) {
        return "resource \"terraform_data\" \"link\" {\n"
                + "  count = " + count + "\n"
                + "  input = \"bench-src-${count.index}\"\n}\n";
    }

    private static JsonNode find(ArrayNode instances, String id) {
        for (JsonNode instance : instances) {
            if (id.equals(instance.path("id").asText())) {
                return instance;
            }
        }
        throw new IllegalStateException("the quickstart seed has no instance " + id);
    }

    private static ObjectNode copy(JsonNode template, String id) {
        ObjectNode instance = template.deepCopy();
        String oldId = template.get("id").asText();
        instance.put("id", id).put("name", id);
        for (JsonNode group : instance.withArray("groups")) {
            ((ObjectNode) group).put("id", group.get("id").asText().replace(oldId, id));
            for (JsonNode node : group.withArray("nodes")) {
                ((ObjectNode) node).put("id", node.get("id").asText().replace(oldId, id));
            }
        }
        return instance;
    }
}
