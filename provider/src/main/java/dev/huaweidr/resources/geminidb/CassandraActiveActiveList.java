package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.geminidb.DualActiveInfo;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.framework.list.ListQuery;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.Regions;
import java.time.Duration;

/**
 * Lists the GeminiDB Cassandra active-active links of a region for {@code terraform query}, from the
 * instance list's {@code dual_active_info}. Both instances of a link show it; the link is reported once, by
 * the instance it was created from (every role but {@code slave}), as the resource manages it.
 */
public final class CassandraActiveActiveList implements ListResource {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("region").optional()
                    .validators(Regions.validator())
                    .description("Region of the source instances; the provider's by default."),
            Attribute.string("name_prefix").optional()
                    .description("Only links whose source instance's name starts with this."))
            .description("Finds the active-active links between GeminiDB Cassandra instances whose source is in "
                    + "a region, each with its identity and, on request, the object an import would read."));

    /** The {@code config} block of a {@code list} block. */
    record Filter(String region, String namePrefix) {
    }

    @Override
    public String typeName() {
        return CassandraActiveActive.TYPE;
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
            for (Instance source : cloud.geminiDb(region).instances("cassandra")) {
                DualActiveInfo info = source.dualActiveInfo();
                boolean isSource = info != null && !"slave".equals(info.role());
                if (!isSource || !InstanceNames.startsWith(source, filter.namePrefix())) {
                    continue;
                }
                op.emit(new CassandraActiveActive.Identity(source.id(), region), InstanceNames.of(source) + " <-> "
                        + info.destinationInstanceId() + " (" + info.destinationRegion() + ")",
                        CassandraActiveActive.Link.adopted(source.id(), region).observed(info));
                if (op.isFull()) {
                    return;
                }
            }
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "listing the Cassandra active-active links of " + region, e);
        }
    }
}
