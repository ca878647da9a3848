package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.dws.DrTaskSummary;
import dev.huaweidr.cloud.dws.Dws;
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
 * Lists the DWS DR tasks of a region for {@code terraform query}: those made from a primary cluster in that
 * region. The object an import would read needs each task's detail, which is asked
 * for only when Terraform wants the objects (e.g. to generate configuration).
 */
public final class DwsDisasterRecoveryTaskList implements ListResource {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("region").optional()
                    .validators(Regions.validator())
                    .description("Region whose DR tasks are listed (where their primary clusters are); the "
                            + "provider's by default."),
            Attribute.string("name_prefix").optional()
                    .description("Only tasks whose name starts with this."))
            .description("Finds the DWS disaster-recovery tasks of a region, each with its identity and, on "
                    + "request, the object an import would read."));

    /** The {@code config} block of a {@code list} block. */
    record Filter(String region, String namePrefix) {
    }

    @Override
    public String typeName() {
        return DwsDisasterRecoveryTask.TYPE;
    }

    @Override
    public Schema configSchema() {
        return SCHEMA;
    }

    /**
     * Whether the task is one the resource manages in {@code region}: made there, from its primary cluster. The
     * standby's region shows a cross-region task too (so that it can be failed over when the primary's region
     * is down), and would name it a second time.
     */
    private static boolean isManagedIn(DrTaskSummary task, String region) {
        return task.primaryClusterRegion() == null || task.primaryClusterRegion().isBlank()
                || region.equals(task.primaryClusterRegion());
    }

    @Override
    public void list(ListQuery op) {
        Filter filter = op.config().as(Filter.class);
        Cloud cloud = CloudAccess.of(op, TIMEOUT);
        String region = Regions.orHome(filter.region(), cloud.region());
        try {
            Dws dws = cloud.dws(region);
            for (DrTaskSummary task : dws.disasterRecoveries()) {
                if (!isManagedIn(task, region) || (filter.namePrefix() != null
                        && (task.name() == null || !task.name().startsWith(filter.namePrefix())))) {
                    continue;
                }
                op.emit(new DwsDisasterRecoveryTask.Identity(task.id(), region), task.name() + ": "
                        + task.primaryClusterName() + " -> " + task.standbyClusterName() + " (" + task.status() + ")",
                        op.includeResource() ? DwsDisasterRecoveryTask.found(dws, task) : null);
                if (op.isFull()) {
                    return;
                }
            }
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "listing the DWS DR tasks of " + region, e);
        }
    }
}
