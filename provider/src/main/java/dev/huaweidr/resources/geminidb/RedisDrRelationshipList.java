package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.SyncStatus;
import dev.huaweidr.framework.list.ListQuery;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validators;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the GeminiDB Redis DR relationships of a region for {@code terraform query}. Redis DR pairs do not
 * show in the instance list, so every Redis instance of the region is asked for its DR status, and each pair
 * is reported once: by the instance that is primary now. The status names the standby but not its region;
 * the standby is looked for in the listed region, then in {@code standby_regions}.
 */
public final class RedisDrRelationshipList implements ListResource {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("region").optional()
                    .validators(Regions.validator())
                    .description("Region whose Redis instances are searched for primaries; the provider's by "
                            + "default."),
            Attribute.of("standby_regions", Type.list(Type.STRING)).optional()
                    .validators(Validators.each(Regions.validator()))
                    .description("Further regions where standbys may be, for cross-region pairs: the API names "
                            + "a pair's standby but not its region. A pair whose standby is in none of the "
                            + "searched regions is left out with a warning."),
            Attribute.string("name_prefix").optional()
                    .description("Only pairs whose primary instance's name starts with this."))
            .description("Finds the DR relationships between GeminiDB Redis instances whose primary is in a "
                    + "region, each with its identity and, on request, the object an import would read."));

    /** The {@code config} block of a {@code list} block. */
    record Filter(String region, List<String> standbyRegions, String namePrefix) {
    }

    @Override
    public String typeName() {
        return RedisDrRelationship.TYPE;
    }

    @Override
    public Schema configSchema() {
        return SCHEMA;
    }

    @Override
    public void list(ListQuery op) {
        Filter filter = op.config().as(Filter.class);
        Cloud cloud = CloudAccess.of(op, TIMEOUT);
        String region = Regions.orHome(filter.region(), cloud.region());
        try {
            RedisInstances instances = new RedisInstances(cloud, region, filter.standbyRegions());
            for (Instance primary : instances.home()) {
                if (!InstanceNames.startsWith(primary, filter.namePrefix())) {
                    continue;
                }
                SyncStatus status = cloud.geminiDb(region).syncStatus(primary.id());
                if (!status.isInPair() || !primary.id().equals(status.masterInstanceId())) {
                    continue;
                }
                Optional<Located> standby = instances.locate(status.slaveInstanceId());
                if (standby.isEmpty()) {
                    op.diagnostics().warning("Standby not found", "The DR pair of " + InstanceNames.of(primary) + " ("
                            + primary.id() + ") replicates to " + status.slaveInstanceId() + ", which is in none of "
                            + instances.searched() + ". Add its region to `standby_regions` to list this pair.");
                    continue;
                }
                RedisDrRelationship.Relationship pair = RedisDrRelationship.found(cloud,
                        new RedisDrRelationship.Endpoint(primary.id(), region, null),
                        new RedisDrRelationship.Endpoint(standby.get().instance().id(), standby.get().region(), null),
                        status);
                op.emit(RedisDrRelationship.identity(pair), InstanceNames.of(primary) + " -> "
                        + InstanceNames.of(standby.get().instance()) + " (" + standby.get().region() + ")", pair);
                if (op.isFull()) {
                    return;
                }
            }
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "listing the Redis DR relationships of " + region, e);
        }
    }

    /** An instance and the region it was found in. */
    private record Located(Instance instance, String region) {
    }

    /** The Redis instances of the searched regions, each region listed once and only when needed. */
    private static final class RedisInstances {
        private final Cloud cloud;
        private final List<String> regions = new ArrayList<>();
        private final Map<String, List<Instance>> byRegion = new HashMap<>();

        RedisInstances(Cloud cloud, String home, List<String> standbyRegions) {
            this.cloud = cloud;
            regions.add(home);
            if (standbyRegions != null) {
                standbyRegions.stream().filter(r -> !regions.contains(r)).forEach(regions::add);
            }
        }

        List<Instance> home() {
            return in(regions.get(0));
        }

        Optional<Located> locate(String instanceId) {
            for (String region : regions) {
                Optional<Instance> found = in(region).stream().filter(i -> i.id().equals(instanceId)).findFirst();
                if (found.isPresent()) {
                    return Optional.of(new Located(found.get(), region));
                }
            }
            return Optional.empty();
        }

        List<String> searched() {
            return regions;
        }

        private List<Instance> in(String region) {
            return byRegion.computeIfAbsent(region, r -> cloud.geminiDb(r).instances("redis"));
        }
    }
}
