package dev.huaweidr.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.huaweidr.emulator.model.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The registry of injected faults. The first matching fault that fires decides; each use counts down its times. */
public final class Faults {
    private final List<Fault> faults = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Random random = new Random();

    /** Adds a fault from its JSON description; returns its id. Bad input is an IllegalArgumentException. */
    synchronized String add(JsonNode spec) {
        String region = text(spec, "region");
        String path = region != null && text(spec, "path") == null ? "" : text(spec, "path");
        if (path == null) {
            throw new IllegalArgumentException("path (a regular expression on the request path) or region is "
                    + "required");
        }
        Pattern pattern = pattern("path", path);
        String query = text(spec, "query");
        Pattern queryPattern = query == null ? null : pattern("query", query);
        double probability = spec.path("probability").asDouble(1.0);
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
        Integer status = integer(spec, "status");
        if (status != null && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be an HTTP error status (400-599)");
        }
        String id = "f" + ids.incrementAndGet();
        faults.add(new Fault(id, text(spec, "method"), pattern, queryPattern, region, status, text(spec, "error_code"),
                text(spec, "error_msg"), integer(spec, "retry_after_seconds"), integer(spec, "times"), probability,
                spec.path("latency_ms").asLong(0), spec.path("reset_connection").asBoolean(false),
                spec.path("drop_response").asBoolean(false), text(spec, "job_fail_reason"),
                spec.hasNonNull("job_millis") ? spec.get("job_millis").asLong() : null));
        return id;
    }

    /**
     * For a request of {@code method} on {@code path} with the raw {@code query} (null: none), to a project of
     * {@code region} (null: no project).
     */
    public synchronized FaultDecision decide(String method, String path, String query, String region) {
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if (!fault.matches(method, path, query, region) || random.nextDouble() >= fault.probability()) {
                continue;
            }
            Fault used = fault.usedOnce();
            if (used.exhausted()) {
                faults.remove(i);
            } else {
                faults.set(i, used);
            }
            return FaultDecision.of(fault);
        }
        return FaultDecision.NONE;
    }

    synchronized ArrayNode describe() {
        ArrayNode list = Json.array();
        faults.forEach(f -> list.add(f.describe()));
        return list;
    }

    synchronized void clear() {
        faults.clear();
    }

    private static Pattern pattern(String field, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid regular expression: " + e.getDescription());
        }
    }

    private static String text(JsonNode spec, String field) {
        return spec.hasNonNull(field) ? spec.get(field).asText() : null;
    }

    private static Integer integer(JsonNode spec, String field) {
        if (!spec.hasNonNull(field)) {
            return null;
        }
        if (!spec.get(field).canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        return spec.get(field).asInt();
    }
}
