package dev.huaweidr.cloud.geminidb;

import dev.huaweidr.cloud.Once;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one configured provider (one Terraform command) has read of GeminiDB for first looks ({@link Look#first}),
 * shared by every operation of the command: the {@link InstanceCatalog} of each region, project and datastore
 * type, and the first answer about the regions offered to active-active peers in each region and project.
 * Made by {@code Cloud}, one per configured provider; never outlives the command, so drift is always seen.
 */
public final class FirstLooks {
    private final Map<String, InstanceCatalog> catalogs = new ConcurrentHashMap<>();
    private final Map<String, Once<List<String>>> offered = new ConcurrentHashMap<>();

    InstanceCatalog catalog(String region, String projectId, String datastoreType) {
        return catalogs.computeIfAbsent(region + "/" + projectId + "/" + datastoreType,
                k -> new InstanceCatalog(datastoreType + " instances of " + region));
    }

    /**
     * The regions the first instance asked about in {@code region} and {@code projectId} offers, asked through
     * {@code ask} once (concurrent first askers wait for that answer; a failed answer is not kept).
     */
    List<String> offeredRegions(String region, String projectId, Supplier<List<String>> ask) {
        return offered.computeIfAbsent(region + "/" + projectId, k -> new Once<>()).get(() -> List.copyOf(ask.get()));
    }
}
