package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.dws.Cluster;
import dev.huaweidr.cloud.dws.DrTaskSummary;
import dev.huaweidr.cloud.dws.Dws;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.resources.ImportIds;
import dev.huaweidr.resources.dws.DwsDisasterRecoveryTask.Task;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a new DWS DR task needs, checked when it is planned so that the plan fails at the attribute rather
 * than the apply: both clusters exist, are {@code AVAILABLE} or {@code UNBALANCED} (spec §4.1), and are in
 * no task yet; the name is free. The cloud enforces the same at creation.
 */
final class DwsTaskChecks {
    /** Cluster statuses DWS makes a DR task from; {@code ACTIVE} is how some versions say available (§4.12). */
    private static final Set<String> READY = Set.of("AVAILABLE", "ACTIVE", "UNBALANCED");

    private DwsTaskChecks() {
    }

    /** Each unmet need is an error at the attribute it is about. {@code task}'s inputs are all known. */
    static void check(Cloud cloud, Task task, Diagnostics diagnostics) {
        boolean clusters = cluster(cloud.dws(task.region()), task.primaryClusterId(), task.region(),
                "primary_cluster_id", diagnostics);
        clusters &= cluster(cloud.dws(task.standbyRegion(), task.standbyProjectId()), task.standbyClusterId(),
                task.standbyRegion(), "standby_cluster_id", diagnostics);
        if (!clusters) {
            return;
        }
        List<DrTaskSummary> listed = cloud.dws(task.region()).disasterRecoveries();
        Optional<DrTaskSummary> existing = joining(cloud, task, listed);
        if (existing.isPresent()) {
            String attribute = existing.get().involves(task.primaryClusterId()) ? "primary_cluster_id"
                    : "standby_cluster_id";
            diagnostics.error(AttributePath.root().attr(attribute), "Cluster already in a DR task",
                    inTaskAlready(existing.get(), task, cloud.region()));
            return;
        }
        listed.stream().filter(other -> task.name().equals(other.name())).findFirst().ifPresent(other ->
                diagnostics.error(AttributePath.root().attr("name"), "Name taken", "DR task " + other.id() + " in "
                        + task.region() + " is named " + task.name() + " already; task names are unique in a region."));
    }

    /**
     * The task that joins either of {@code task}'s clusters already, as the task's region lists it, or the
     * standby's for a cross-region task (a task is listed where it was made).
     */
    static Optional<DrTaskSummary> joining(Cloud cloud, Task task) {
        return joining(cloud, task, cloud.dws(task.region()).disasterRecoveries());
    }

    /** {@link #joining(Cloud, Task)} with the task region's list read already. */
    private static Optional<DrTaskSummary> joining(Cloud cloud, Task task, List<DrTaskSummary> listed) {
        Stream<DrTaskSummary> standbys = task.region().equals(task.standbyRegion()) ? Stream.empty()
                : cloud.dws(task.standbyRegion(), task.standbyProjectId()).disasterRecoveries().stream();
        return Stream.concat(listed.stream(), standbys)
                .filter(t -> t.involves(task.primaryClusterId()) || t.involves(task.standbyClusterId()))
                .findFirst();
    }

    /**
     * Why {@code task} cannot be made while {@code existing} joins one of its clusters: when it is this very
     * task (made outside this state, or by a run killed before it could record it), the import that adopts it.
     */
    static String inTaskAlready(DrTaskSummary existing, Task task, String home) {
        boolean samePair = existing.involves(task.primaryClusterId()) && existing.involves(task.standbyClusterId());
        if (samePair) {
            return ImportIds.existsAlready("The DR task " + existing.name() + " between " + task.primaryClusterId()
                    + " and " + task.standbyClusterId() + " (" + existing.status() + ")",
                    DwsDisasterRecoveryTask.TYPE, new ImportIds.Named(existing.id(), task.region()).idPart(home));
        }
        String cluster = existing.involves(task.primaryClusterId()) ? task.primaryClusterId()
                : task.standbyClusterId();
        return "Cluster " + cluster + " is in DR task " + existing.name() + " (" + existing.id() + ", between "
                + existing.primaryClusterId() + " and " + existing.standbyClusterId() + ") already, and a cluster "
                + "can be in one DR task only: delete that task first, or import it into a resource of its own.";
    }

    /**
     * Whether the cluster is there and ready; an error at {@code attribute} otherwise. A refusal to show it
     * (HTTP 400, 403 or 404: DWS does not say which) is taken for "not there", whatever its error code.
     */
    private static boolean cluster(Dws dws, String id, String region, String attribute, Diagnostics diagnostics) {
        AttributePath at = AttributePath.root().attr(attribute);
        Cluster cluster;
        try {
            cluster = dws.cluster(id);
        } catch (ApiException e) {
            if (!Set.of(400, 403, 404).contains(e.httpStatus())) {
                throw e;
            }
            diagnostics.error(at, "Cluster not found", "There is no DWS cluster " + id + " in " + region
                    + " that this account may use: " + e.getMessage());
            return false;
        }
        String status = cluster.status() == null ? "" : cluster.status();
        if (!READY.contains(status.toUpperCase(Locale.ROOT))) {
            diagnostics.error(at, "Cluster not ready", "DWS cluster " + cluster.name() + " (" + id + ") is "
                    + (status.isEmpty() ? "of no known status" : status) + "; a DR task is made from clusters "
                    + "that are AVAILABLE or UNBALANCED.");
            return false;
        }
        return true;
    }
}
