package dev.huaweidr.cloud;

import dev.huaweidr.cloud.iam.Project;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The IAM project of each region: configured for the home region, otherwise discovered once through IAM
 * ({@code GET /v3/projects?name=<region>}) and kept, or taken from what a resource remembered of an earlier
 * discovery. Concurrent first uses of a region make one request; a failed discovery is not kept, so the
 * next use tries again.
 */
final class ProjectIds {
    private final Map<String, Entry> byRegion = new ConcurrentHashMap<>();

    ProjectIds(String homeRegion, String configuredProjectId) {
        if (configuredProjectId != null) {
            byRegion.put(homeRegion, new Entry(configuredProjectId));
        }
    }

    /**
     * The project id of {@code region}: configured or already known; else {@code remembered} when given (an
     * id a resource kept from an earlier process); else asked of IAM through {@code lookup}.
     */
    String of(String region, String remembered, Function<String, List<Project>> lookup) {
        return byRegion.computeIfAbsent(region, r -> new Entry(remembered)).get(region, lookup);
    }

    private static final class Entry {
        private String id;

        Entry(String id) {
            this.id = id;
        }

        synchronized String get(String region, Function<String, List<Project>> lookup) {
            if (id == null) {
                id = lookup.apply(region).stream()
                        .filter(p -> region.equals(p.name()) && p.enabled() && p.id() != null)
                        .map(Project::id).findFirst()
                        .orElseThrow(() -> new CloudException("IAM knows no enabled project for region " + region
                                + ": check the region name, or set project_id for the provider's region"));
            }
            return id;
        }
    }
}
