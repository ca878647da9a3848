package dev.huaweidr.cloud.emulated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.cloud.Service;
import dev.huaweidr.cloud.TlsTrust;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.emulator.Emulator;
import dev.huaweidr.emulator.EmulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The real emulator, in-process on loopback, with its admin API (faults, counters, drift) for assertions. */
final class EmulatorFixture implements AutoCloseable {
    static final Credentials AK_SK = Credentials.accessKey("DEMOACCESSKEY", "demo-secret-key");
    static final Backoff FAST_RETRIES = new Backoff(Duration.ofMillis(10), Duration.ofMillis(200), 2);
    static final Backoff FAST_POLLS = new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Emulator emulator;
    private final OkHttpClient admin = new OkHttpClient();

    private EmulatorFixture(Emulator emulator) {
        this.emulator = emulator;
    }

    static EmulatorFixture start() {
        return start(EmulatorOptions.defaults().withJobMillis(200));
    }

    static EmulatorFixture start(EmulatorOptions options) {
        try {
            return new EmulatorFixture(Emulator.start(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the provider's home region ap-southeast-1, projects discovered through IAM. */
    Cloud.Builder cloud(Credentials credentials, int maxRetries) {
        Map<Service, String> overrides = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            overrides.put(s, emulator.baseUrl());
        }
        return Cloud.builder(new CloudConfig("ap-southeast-1", null, credentials, overrides, TlsTrust.SYSTEM,
                        maxRetries))
                .retryBackoff(FAST_RETRIES).pollIntervals(FAST_POLLS);
    }

    Cloud cloud() {
        return cloud(AK_SK, 5).build();
    }

    void reset() {
        admin("POST", "reset", "{}");
    }

    /** Adds a fault (contract fields) and returns its id. */
    String fault(String json) {
        return admin("POST", "faults", json).path("id").asText();
    }

    /** How many requests hit the route, e.g. {@code POST /v3/{project_id}/instances/{instance_id}/...}. */
    int calls(String route) {
        return admin("GET", "calls", null).path("calls").path(route).asInt(0);
    }

    void clearCalls() {
        admin("DELETE", "calls", null);
    }

    /** The delay before every cloud call is handled, as a real endpoint's round trip (0: none). */
    void latency(long millis) {
        admin("PUT", "settings", "{\"latency_ms\":" + millis + "}");
    }

    void drift(String service, String id, String json) {
        admin("POST", "oob/" + service + "/" + id, json);
    }

    private JsonNode admin(String method, String path, String body) {
        RequestBody requestBody = body == null ? null : RequestBody.create(body, MediaType.get("application/json"));
        Request request = new Request.Builder().url(emulator.baseUrl() + "/_emulator/" + path)
                .method(method, requestBody).build();
        try (Response response = admin.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new IllegalStateException(method + " " + path + " -> " + response.code() + " " + text);
            }
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        emulator.close();
    }
}
