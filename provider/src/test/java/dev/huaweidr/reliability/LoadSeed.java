package dev.huaweidr.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.acc.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An emulator seed for the load test: the quickstart topology plus {@code size} Redis primaries and standbys
 * ({@code load-rp-NNN}, {@code load-rs-NNN}) and {@code size} Cassandra sources and peers ({@code load-cs-NNN}
 * in ap-southeast-1, {@code load-cd-NNN} in ap-southeast-3), each a copy of a quickstart instance.
 */
final class LoadSeed {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadSeed() {
    }

    static Path write(int size) {
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
