package dev.huaweidr.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path like {@code /v3/{project_id}/instances/{instance_id}}; a {@code {name}} matches one segment. */
public final class PathTemplate {
    private final String text;
    private final List<String> segments;

    private PathTemplate(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    public static PathTemplate parse(String text) {
        return new PathTemplate(text, segmentsOf(text));
    }

    /** Splits a path into segments, dropping empty ones (so a trailing slash does not matter). */
    public static List<String> segmentsOf(String path) {
        List<String> result = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                result.add(segment);
            }
        }
        return result;
    }

    public String text() {
        return text;
    }

    /** How many literal segments: the more, the more specific when several templates match. */
    public int literalCount() {
        return (int) segments.stream().filter(s -> !isVariable(s)).count();
    }

    /** Matches decoded path segments; returns the variables' values. */
    public Optional<Map<String, String>> match(List<String> pathSegments) {
        if (pathSegments.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (isVariable(expected)) {
                vars.put(expected.substring(1, expected.length() - 1), pathSegments.get(i));
            } else if (!expected.equals(pathSegments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
