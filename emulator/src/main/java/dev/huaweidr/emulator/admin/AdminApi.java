package dev.huaweidr.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.auth.Authenticator;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.http.Router;
import dev.huaweidr.emulator.http.Handler;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.MillisSetting;
import dev.huaweidr.emulator.model.Store;
import dev.huaweidr.emulator.seed.Seed;

import java.util.function.Function;

/**
 * The emulator's own API under {@code /_emulator/} (no auth): reset, faults, settings, call counters,
 * out-of-band changes and a state dump, as fixed in the cloud contract.
 */
public final class AdminApi {
    public static final String PREFIX = "/_emulator/";

    private final Router<Function<Request, Response>> router = new Router<>();
    private final Store store;
    private final Seed seed;
    private final Faults faults;
    private final CallCounter calls;
    private final MillisSetting jobMillis;
    private final MillisSetting latency;
    private final Authenticator authenticator;

    public AdminApi(Store store, Seed seed, Faults faults, CallCounter calls, MillisSetting jobMillis,
                    MillisSetting latency, Authenticator authenticator) {
        this.store = store;
        this.seed = seed;
        this.faults = faults;
        this.calls = calls;
        this.jobMillis = jobMillis;
        this.latency = latency;
        this.authenticator = authenticator;
        router.add("POST", "/_emulator/reset", r -> reset());
        router.add("POST", "/_emulator/faults", this::addFault);
        router.add("GET", "/_emulator/faults", r -> Response.ok(Json.object().set("faults", faults.describe())));
        router.add("DELETE", "/_emulator/faults", r -> {
            faults.clear();
            return done();
        });
        router.add("GET", "/_emulator/settings", r -> settingsBody());
        router.add("PUT", "/_emulator/settings", this::changeSettings);
        router.add("GET", "/_emulator/calls", r -> Response.ok(Json.object().set("calls",
                Json.MAPPER.valueToTree(calls.snapshot()))));
        router.add("DELETE", "/_emulator/calls", r -> {
            calls.clear();
            return done();
        });
        router.add("GET", "/_emulator/state", r -> Response.ok(store.read(Json.MAPPER::valueToTree)));
        router.add("POST", "/_emulator/oob/geminidb/{instance_id}", writing(OutOfBandChanges::geminidb));
        router.add("POST", "/_emulator/oob/dws/{disaster_recovery_id}", writing(OutOfBandChanges::dws));
        router.add("POST", "/_emulator/oob/dcs/{instance_id}", writing(OutOfBandChanges::dcs));
    }

    public Router.Match<Function<Request, Response>> match(String method, String rawPath) {
        return router.match(method, rawPath);
    }

    private Function<Request, Response> writing(Handler change) {
        return request -> store.write(world -> change.handle(request, world));
    }

    private Response reset() {
        store.replace(seed.world());
        faults.clear();
        calls.clear();
        jobMillis.reset();
        latency.reset();
        authenticator.clearLockouts();
        return done();
    }

    private Response addFault(Request request) {
        try {
            return Response.ok(Json.object().put("id", faults.add(request.jsonBody())));
        } catch (IllegalArgumentException e) {
            throw AdminErrors.badRequest(e.getMessage());
        }
    }

    /** Sets {@code job_millis}, {@code latency_ms} or both; the other keeps its value. */
    private Response changeSettings(Request request) {
        JsonNode body = request.jsonBody();
        Long newJobMillis = millis(body, "job_millis");
        Long newLatency = millis(body, "latency_ms");
        if (newJobMillis == null && newLatency == null) {
            throw AdminErrors.badRequest("job_millis or latency_ms (a number of milliseconds >= 0) is required");
        }
        if (newJobMillis != null) {
            jobMillis.millis(newJobMillis);
        }
        if (newLatency != null) {
            latency.millis(newLatency);
        }
        return settingsBody();
    }

    private static Long millis(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToLong() || value.asLong() < 0) {
            throw AdminErrors.badRequest(field + " must be a number of milliseconds >= 0");
        }
        return value.asLong();
    }

    private Response settingsBody() {
        ObjectNode body = Json.object().put("job_millis", jobMillis.millis()).put("latency_ms", latency.millis());
        return Response.ok(body);
    }

    private static Response done() {
        return Response.ok(Json.object().put("ok", true));
    }
}
