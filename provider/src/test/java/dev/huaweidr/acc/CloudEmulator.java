package dev.huaweidr.acc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.emulator.Emulator;
import dev.huaweidr.emulator.EmulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Huawei Cloud emulator with the quickstart seed, in this JVM, over real HTTP on loopback, and its admin
 * API for faults, out-of-band changes and call counts. Each test class starts its own: that costs a few
 * milliseconds, and keeps one class's faults and counters out of another's that runs at the same time.
 */
public final class CloudEmulator implements AutoCloseable {
    /** Fast jobs keep tests quick while still leaving jobs running for a few polls. */
    private static final int JOB_MILLIS = 300;

    private final EmulatorOptions options;
    private final String baseUrl;
    private Emulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();

    private CloudEmulator(EmulatorOptions options, Emulator emulator) {
        this.options = options.withPort(emulator.port());
        this.baseUrl = emulator.baseUrl();
        this.emulator = emulator;
    }

    public static CloudEmulator start() {
        return start(options());
    }

    /** An emulator started with {@code options}, e.g. {@code options().withSeed(file)}. */
    public static CloudEmulator start(EmulatorOptions options) {
        try {
            return new CloudEmulator(options, Emulator.start(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options {@link #start()} uses: the quickstart seed, fast jobs. */
    public static EmulatorOptions options() {
        return EmulatorOptions.defaults().withJobMillis(JOB_MILLIS);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The cloud out of reach, as when a connection is lost: connections are refused until {@link #restart}. */
    public void stop() {
        emulator.close();
    }

    /**
     * Serves again at the same address. With a state file ({@code options().withState(file)}) the world is as it
     * was when stopped, and jobs that were running then complete when due; without one it is the seed's.
     */
    public void restart() {
        try {
            emulator = Emulator.start(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code terraform} block that makes {@code huaweidr} the provider under test. */
    public static final String REQUIRED_PROVIDERS =
            "terraform {\n  required_providers {\n    huaweidr = { source = \"huaweidr/huaweidr\" }\n  }\n}\n\n";

    /** {@link #REQUIRED_PROVIDERS} and the provider block of {@link #providerOnly}. */
    public String providerBlock(String region) {
        return REQUIRED_PROVIDERS + providerOnly(region);
    }

    /** A {@code provider "huaweidr"} block pointing every service at this emulator, in {@code region}. */
    public String providerOnly(String region) {
        return "provider \"huaweidr\" {\n"
                + "  region     = \"" + region + "\"\n"
                + "  auth_token = \"demo-token\"\n"
                + "  endpoints = {\n"
                + "    geminidb = \"" + baseUrl() + "\"\n"
                + "    dws      = \"" + baseUrl() + "\"\n"
                + "    dcs      = \"" + baseUrl() + "\"\n"
                + "    iam      = \"" + baseUrl() + "\"\n"
                + "    vpc      = \"" + baseUrl() + "\"\n"
                + "  }\n}\n\n";
    }

    /** Back to the seed's world: faults, settings, call counters and running jobs are gone too. */
    public void reset() {
        admin("POST", "/_emulator/reset", "{}");
    }

    /** Adds a fault (see docs/emulator.md); returns its id. */
    public String fault(String json) {
        return admin("POST", "/_emulator/faults", json).path("id").asText();
    }

    /** Removes every fault: the cloud answers as it should again. */
    public void clearFaults() {
        admin("DELETE", "/_emulator/faults", null);
    }

    /** The faults in force, as {@code GET /_emulator/faults} lists them, with the {@code times} each has left. */
    public JsonNode faults() {
        return admin("GET", "/_emulator/faults", null).path("faults");
    }

    /** An out-of-band change, e.g. {@code oob("geminidb/redis-a-in12", "{\"action\":\"pause_sync\"}")}. */
    public void outOfBand(String target, String json) {
        admin("POST", "/_emulator/oob/" + target, json);
    }

    /** A delay before every cloud call is handled, as a real endpoint's round trip (0: none); reset ends it. */
    public void latency(long millis) {
        admin("PUT", "/_emulator/settings", "{\"latency_ms\":" + millis + "}");
    }

    /** Every route template called so far, with its count. */
    public Map<String, Integer> calls() {
        Map<String, Integer> counts = new TreeMap<>();
        admin("GET", "/_emulator/calls", null).path("calls").properties()
                .forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    /** The counts of the calls that change something (everything but GET), by route template. */
    public Map<String, Integer> changeCalls() {
        Map<String, Integer> changes = new TreeMap<>(calls());
        changes.keySet().removeIf(route -> route.startsWith("GET "));
        return changes;
    }

    /** Zeroes the call counters alone: what the cloud holds stays as it is. */
    public void clearCalls() {
        admin("DELETE", "/_emulator/calls", null);
    }

    /** How often the route template (e.g. {@code POST /v3/{project_id}/instances/{instance_id}/...}) was called. */
    public int calls(String route) {
        return admin("GET", "/_emulator/calls", null).path("calls").path(route).asInt(0);
    }

    /** The whole model, as {@code GET /_emulator/state} shows it. */
    public JsonNode state() {
        return admin("GET", "/_emulator/state", null);
    }

    private JsonNode admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? Workspace.json("{}") : Workspace.json(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        emulator.close();
    }
}
