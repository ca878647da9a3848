package dev.huaweidr.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.cloud.dcs.ShardNode;
import dev.huaweidr.cloud.geminidb.Look;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a cloud endpoint answers (a mutated answer of the right shape, any JSON, any bytes, with a success
 * or an error status), every service call of the client either returns or throws a {@link CloudException}
 * that the resources turn into a diagnostic: never a NullPointerException or any other crash. The answers
 * come from a real HTTP server on loopback, so the whole decoding path runs.
 */
class CloudAnswersFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static MockWebServer server;
    private static Cloud cloud;
    private static volatile Answer answer;

    /** One call of the client and a well-formed answer to it, the seed of the mutations. */
    private record Call(String name, String valid, Consumer<Cloud> run) {
    }

    private record Answer(int status, byte[] body) {
        @Override
        public String toString() {
            return status + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call("GeminiDb.findInstance", "{\"total_count\":1,\"instances\":[{\"id\":\"a-1\",\"name\":\"a\","
                    + "\"status\":\"normal\",\"port\":\"8635\",\"mode\":\"Cluster\",\"datastore\":{\"type\":\"redis\","
                    + "\"version\":\"6.2\"},\"groups\":[{\"id\":\"g\",\"status\":\"normal\",\"nodes\":[{\"id\":\"n\","
                    + "\"private_ip\":\"10.0.0.1\",\"spec_code\":\"s\"}]}],\"actions\":[],\"dual_active_info\":"
                    + "{\"role\":\"master\",\"status\":\"normal\",\"destination_instance_id\":\"b-1\","
                    + "\"destination_region\":\"ap-southeast-3\"}}]}",
                    c -> c.geminiDb("ap-southeast-1").findInstance("a-1", Look.now()).ifPresent(i -> {
                        i.isIdle();
                        i.nodeIps();
                        i.specCode();
                    })),
            new Call("GeminiDb.instances", "{\"total_count\":1,\"instances\":[{\"id\":\"a-1\",\"actions\":[]}]}",
                    c -> c.geminiDb("ap-southeast-1").instances("redis")),
            new Call("GeminiDb.syncStatus", "{\"master_instance_id\":\"a-1\",\"slave_instance_id\":\"b-1\","
                    + "\"status\":\"SYNCING\",\"data_sync_indicators\":{\"rsync_ops\":1,\"rsync_status\":1},"
                    + "\"rto_and_rpo_indicators\":[{\"scene\":\"FAILOVER\",\"rpo\":5,\"rto\":60}]}",
                    c -> c.geminiDb("ap-southeast-1").syncStatus("a-1").isInPair()),
            new Call("GeminiDb.instanceRole", "{\"role\":\"master\"}",
                    c -> c.geminiDb("ap-southeast-1").instanceRole("a-1")),
            new Call("GeminiDb.runningJob", "{\"total_count\":1,\"jobs\":[{\"id\":\"j-1\",\"name\":"
                    + "\"BuildBiActiveInstance\",\"status\":\"Running\",\"progress\":\"40%\",\"instance\":{\"id\":"
                    + "\"a-1\",\"name\":\"a\"},\"fail_reason\":null}]}",
                    c -> c.geminiDb("ap-southeast-1").runningJob("BuildBiActiveInstance", "a-1")),
            new Call("GeminiDb.watchJob", "{\"jobs\":[{\"id\":\"j-1\",\"name\":\"ConstructDisasterRecovery\","
                    + "\"status\":\"Completed\",\"progress\":\"\",\"instance\":{\"id\":\"a-1\",\"name\":\"a\"}}]}",
                    c -> c.waiter().await(c.geminiDb("ap-southeast-1").watchJob("j-1"))),
            new Call("GeminiDb.dualActiveRegions", "{\"region_codes\":[\"ap-southeast-3\"]}",
                    c -> c.geminiDb("ap-southeast-1").dualActiveRegions("a-1", "ap-southeast-3", Look.now())),
            new Call("GeminiDb.createDualActive", "{\"job_id\":\"j-1\"}",
                    c -> c.geminiDb("ap-southeast-1").createDualActive("a-1", "ap-southeast-3", "b-1")),
            new Call("Dws.disasterRecoveries", "{\"disaster_recovery\":[{\"id\":\"t\",\"name\":\"n\",\"status\":"
                    + "\"running\",\"primary_cluster_role\":\"primary\"}]}",
                    c -> c.dws("ap-southeast-1").findByName("n")),
            new Call("Dws.findDisasterRecovery", "{\"disaster_recovery\":{\"id\":\"t\",\"status\":\"running\","
                    + "\"primary_cluster\":{\"id\":\"c1\",\"role\":\"primary\"},\"standby_cluster\":{\"id\":\"c2\","
                    + "\"role\":\"standby\",\"last_success_time\":\"2025-01-01T00:00:00\"}}}",
                    c -> c.dws("ap-southeast-1").findDisasterRecovery("t")),
            new Call("Dws.cluster", "{\"cluster\":{\"id\":\"c1\",\"status\":\"AVAILABLE\",\"task_status\":\"\"}}",
                    c -> c.dws("ap-southeast-1").cluster("c1")),
            new Call("Dcs.findInstance", "{\"instance_id\":\"d\",\"status\":\"RUNNING\",\"cache_mode\":\"ha\","
                    + "\"capacity\":1.0,\"port\":6379,\"task\":{}}",
                    c -> c.dcs("ap-southeast-1").findInstance("d").ifPresent(i -> i.isSettled())),
            new Call("Dcs.logicalNodes", "{\"instance_id\":\"d\",\"total\":2,\"nodes\":[{\"logical_node_id\":\"m\","
                    + "\"node_type\":\"master\",\"priority_weight\":100}]}",
                    c -> c.dcs("ap-southeast-1").logicalNodes("d").forEach(n -> n.isMaster())),
            new Call("Dcs.shards", "{\"group_count\":1,\"group_list\":[{\"group_id\":\"g\",\"group_name\":\"group-0\","
                    + "\"replication_list\":[{\"replication_role\":\"master\",\"replication_ip\":\"10.0.0.1\","
                    + "\"node_id\":\"n\",\"status\":\"Active\"}]}]}",
                    c -> c.dcs("ap-southeast-1").shards("d").forEach(s -> {
                        s.describe();
                        s.master().ifPresent(ShardNode::describe);
                        s.node("n");
                    })),
            new Call("Dcs.shardSwitchover", "{\"job_id\":\"j\"}",
                    c -> c.dcs("ap-southeast-1").shardSwitchover("d", "g", "n")),
            new Call("Dcs.job", "{\"job_id\":\"j\",\"status\":\"SUCCESS\",\"begin_time\":\"1\",\"end_time\":\"2\"}",
                    c -> c.waiter().await(c.dcs("ap-southeast-1").watchJob("j"))),
            new Call("Iam.projects", "{\"projects\":[{\"id\":\"p1\",\"name\":\"ap-southeast-1\",\"enabled\":true}]}",
                    c -> c.iam().projects("ap-southeast-1")),
            new Call("Vpc.subnet", "{\"subnet\":{\"id\":\"s\",\"cidr\":\"10.0.0.0/24\"}}",
                    c -> c.vpc("ap-southeast-1").subnet("s").cidr()));

    @BeforeContainer
    static void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(answer.status()).addHeader("Content-Type", "application/json")
                        .body(new okio.Buffer().write(answer.body())).build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        Map<Service, String> everywhere = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            everywhere.put(service, server.url("/").toString());
        }
        cloud = Cloud.builder(new CloudConfig("ap-southeast-1", "p1", Credentials.iamToken("tok"), everywhere,
                        TlsTrust.SYSTEM, 0))
                .pollIntervals(new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), 1)).build();
    }

    @AfterContainer
    static void stop() {
        cloud.close();
        server.close();
    }

    @Property
    void everyAnswerEndsInAResultOrACloudException(@ForAll("calls") Call call, @ForAll("answers") Answer bad) {
        answer = bad;
        try {
            // A job that never ends (a mutated status) ends the wait at this deadline.
            call.run().accept(cloud.withDeadline(Duration.ofMillis(300)));
        } catch (CloudException expected) {
            // what the resources report as a diagnostic
        } catch (RuntimeException e) {
            throw new AssertionError(call.name() + " crashed on " + bad, e);
        }
    }

    /** Found by the long run ({@code make fuzz}): a node that does not name its flavor. */
    @Example
    void anInstanceWhoseNodesNameNoFlavor() {
        Call findInstance = CALLS.get(0);
        byte[] body = findInstance.valid().replace(",\"spec_code\":\"s\"", "").getBytes(StandardCharsets.UTF_8);
        everyAnswerEndsInAResultOrACloudException(findInstance, new Answer(200, body));
    }

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.of(CALLS);
    }

    /** Mutated well-formed answers most of the time; otherwise any JSON value or any bytes. */
    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> status = Arbitraries.of(200, 200, 200, 202, 400, 404, 429, 500);
        Arbitrary<byte[]> body = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutatedAnswers()),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("null", "[]", "{}", "\"x\"", "1e999", "[null]", "{\"a\":",
                        "{\"error_code\":null}", "{\"error\":{\"code\":[1]}}").map(s -> s.getBytes(StandardCharsets.UTF_8))));
        return Combinators.combine(status, body).as(Answer::new);
    }

    /** A valid answer of some call with one to three of its values replaced by something odd. */
    private static Arbitrary<byte[]> mutatedAnswers() {
        Arbitrary<JsonNode> odd = Arbitraries.of(NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(-1),
                NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.textNode(""), NODES.textNode("x"),
                NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(NODES.nullNode()));
        Arbitrary<List<Integer>> where = Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<JsonNode>> what = odd.list().ofSize(3);
        return Combinators.combine(Arbitraries.of(CALLS), where, what).as((call, positions, values) -> {
            JsonNode tree = read(call.valid());
            for (int i = 0; i < positions.size(); i++) {
                replace(tree, positions.get(i), values.get(i));
            }
            return tree.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Replaces the value at {@code position} (counted over every value in the tree) with {@code odd}. */
    private static void replace(JsonNode root, int position, JsonNode odd) {
        List<Runnable> slots = new ArrayList<>();
        collect(root, odd, slots);
        if (!slots.isEmpty()) {
            slots.get(position % slots.size()).run();
        }
    }

    private static void collect(JsonNode node, JsonNode odd, List<Runnable> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                slots.add(() -> object.set(name, odd.deepCopy()));
                slots.add(() -> object.remove(name));
                collect(object.get(name), odd, slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int at = i;
                slots.add(() -> array.set(at, odd.deepCopy()));
                collect(array.get(i), odd, slots);
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
