package dev.huaweidr.emulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Matches method + path against registered templates. Like the real API gateway, an unknown API is a 404
 * {@code APIGW.0101} (the gateway's own code); a known path with the wrong method is a 405 naming the allowed
 * methods (the status and message are this emulator's choice).
 */
public final class Router<H> {
    private record Route<H>(String method, PathTemplate template, H handler) {
    }

    /** A matched route: its key ({@code "POST /v3/{project_id}/..."}) identifies it in call counters. */
    public record Match<H>(String key, H handler, Map<String, String> vars) {
    }

    private final List<Route<H>> routes = new ArrayList<>();

    public void add(String method, String template, H handler) {
        routes.add(new Route<>(method, PathTemplate.parse(template), handler));
        routes.sort(Comparator.comparingInt((Route<H> r) -> r.template().literalCount()).reversed());
    }

    public Match<H> match(String method, String rawPath) {
        List<String> segments = PathTemplate.segmentsOf(rawPath).stream().map(PercentCoding::decode).toList();
        TreeSet<String> allowed = new TreeSet<>();
        Route<H> best = null;
        Map<String, String> bestVars = null;
        for (Route<H> route : routes) {
            Optional<Map<String, String>> vars = route.template().match(segments);
            if (vars.isEmpty()) {
                continue;
            }
            allowed.add(route.method());
            if (best == null && route.method().equals(method)) {
                best = route;
                bestVars = vars.get();
            }
        }
        if (best != null) {
            return new Match<>(method + " " + best.template().text(), best.handler(), bestVars);
        }
        if (allowed.isEmpty()) {
            throw new ApiError(404, "APIGW.0101",
                    "The API does not exist or has not been published in the environment");
        }
        throw new ApiError(405, "APIGW.0101", "Method " + method + " is not allowed on this path; allowed: "
                + String.join(", ", allowed));
    }
}
