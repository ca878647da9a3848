package dev.huaweidr.cloud.dws;

import dev.huaweidr.cloud.NotFoundException;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.http.Api;
import dev.huaweidr.cloud.wait.Observation;
import dev.huaweidr.cloud.wait.Watch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * GaussDB(DWS) DR tasks in one region (spec §4). The write calls answer at once, with no job: progress is
 * watched on the task's status ({@link #watchStatus}). A change call may throw {@link OutcomeUnknownException};
 * read back with {@link #findByName} after create and {@link #findDisasterRecovery} otherwise.
 */
public final class Dws {
    /** Statuses that end a wait in failure unless the wait targets them. */
    private static final Set<String> FAILED = Set.of("create_failed", "start_failed", "stop_failed", "abnormal");

    private final Api api;

    public Dws(Api api) {
        this.api = api;
    }

    public String region() {
        return api.region();
    }

    public List<DrTaskSummary> disasterRecoveries() {
        return api.get("/v2/{project_id}/disaster-recoveries").fetch(Envelopes.Summaries.class).disasterRecovery();
    }

    /**
     * The task as the list shows it, which names each cluster's IAM project (the detail does not); empty when
     * the region lists no such task.
     */
    public Optional<DrTaskSummary> summary(String id) {
        return api.get("/v2/{project_id}/disaster-recoveries").query("id", id).fetch(Envelopes.Summaries.class)
                .disasterRecovery().stream().filter(d -> id.equals(d.id())).findFirst();
    }

    /** Read-back after a create with unknown outcome: DR task names are unique. */
    public Optional<DrTaskSummary> findByName(String name) {
        return disasterRecoveries().stream().filter(d -> name.equals(d.name())).findFirst();
    }

    public Optional<DisasterRecovery> findDisasterRecovery(String id) {
        return NotFoundException.emptyIfNotFound(() -> disasterRecovery(id));
    }

    /** The task; absent is an error with {@code isNotFound()} (400 {@code DWS.10101}, per Huawei's provider). */
    public DisasterRecovery disasterRecovery(String id) {
        DisasterRecovery detail = api.get("/v2/{project_id}/disaster-recovery/{}", id)
                .fetch(Envelopes.Detail.class).disasterRecovery();
        if (detail == null) {
            throw new NotFoundException("DWS disaster recovery task " + id);
        }
        return detail;
    }

    /** Creates a task (settles at {@code unstart}); returns its id. */
    public String create(CreateDisasterRecovery request) {
        return api.post("/v2/{project_id}/disaster-recoveries").body(new Envelopes.Create(request))
                .fetch(Envelopes.IdAnswer.class, a -> a.disasterRecovery() == null ? null : a.disasterRecovery().id(),
                        "disaster_recovery.id");
    }

    /**
     * Sets how often the task synchronizes; DWS accepts it only while the task is {@code unstart} or
     * {@code stopped}, and the period applies from the next start. Read back with {@link #findDisasterRecovery}.
     */
    public void updateSyncPeriod(String id, String drSyncPeriod) {
        api.put("/v2/{project_id}/disaster-recovery/{}", id)
                .body(new Envelopes.Update(new Envelopes.SyncPeriod(drSyncPeriod))).send();
    }

    /** From {@code unstart}, {@code start_failed} or {@code stopped}; settles at {@code running}. */
    public void start(String id) {
        action(id, "start");
    }

    /** From {@code running} or {@code stop_failed}; settles at {@code stopped}. */
    public void pause(String id) {
        action(id, "pause");
    }

    /**
     * Planned switchover from {@code running}; back to {@code running} with roles swapped. A toggle: a busy
     * answer may be another switchover, and a second one would swap the roles back.
     */
    public void switchover(String id) {
        api.post("/v2/{project_id}/disaster-recovery/{}/switchover", id).toggle().send();
    }

    /**
     * Promotes the standby; settles at {@code stopped} with roles swapped. Unsynchronized data is lost. A toggle,
     * like {@link #switchover}: a failover made twice promotes the first primary again.
     */
    public void failover(String id) {
        api.post("/v2/{project_id}/disaster-recovery/{}/failover", id).toggle().send();
    }

    /** After a failover: re-establishes DR towards the new primary; settles at {@code running}. */
    public void recovery(String id) {
        action(id, "recovery");
    }

    private void action(String id, String action) {
        api.post("/v2/{project_id}/disaster-recovery/{}/" + action, id).send();
    }

    /** Deletes a task that is not running; gone when {@link #watchDeleted} ends. */
    public void delete(String id) {
        api.delete("/v2/{project_id}/disaster-recovery/{}", id).send();
    }

    public Cluster cluster(String clusterId) {
        return api.get("/v1.0/{project_id}/clusters/{}", clusterId)
                .fetch(Envelopes.ClusterDetail.class, Envelopes.ClusterDetail::cluster, "cluster");
    }

    /** Until the status is one of {@code statuses}; the failure statuses not among them fail the wait. */
    public Watch<DisasterRecovery> watchStatus(String id, String... statuses) {
        Set<String> targets = Set.of(statuses);
        return watchUntil(id, String.join(" or ", statuses), dr -> targets.contains(dr.status()));
    }

    /** Until {@code reached} holds (e.g. status and roles after a failover); failure statuses fail the wait first. */
    public Watch<DisasterRecovery> watchUntil(String id, String goal, Predicate<DisasterRecovery> reached) {
        return Watch.of("DWS disaster recovery task " + id, () -> {
            DisasterRecovery dr = disasterRecovery(id);
            String label = dr.name() + " (until " + goal + ")";
            if (reached.test(dr)) {
                return Observation.succeeded(label, dr.status(), dr);
            }
            if (FAILED.contains(dr.status())) {
                return Observation.failed(label, dr.status(), "the task is " + dr.status(), dr);
            }
            return Observation.running(label, dr.status(), "", dr);
        });
    }

    /**
     * Until the task leaves {@code transitional} (e.g. {@code switchovering}): succeeds if {@code reached} then
     * holds, fails if it settled anywhere else, since DWS answers a failed switch by putting the task back to
     * its previous status, with no reason. DWS shows the transitional status from the moment it accepts the
     * request (the official provider relies on this too), so a settled status is never "not started yet".
     * The progress is each cluster's role, status and progress, e.g. {@code (dws-prod primary backuping 35%, ...)}.
     */
    public Watch<DisasterRecovery> watchTransition(String id, String transitional, String goal,
            Predicate<DisasterRecovery> reached) {
        return Watch.of("DWS disaster recovery task " + id, () -> {
            DisasterRecovery dr = disasterRecovery(id);
            if (transitional.equals(dr.status())) {
                return Observation.running(dr.name(), dr.status(), "(" + clusters(dr) + ")", dr);
            }
            if (reached.test(dr)) {
                return Observation.succeeded(dr.name(), dr.status(), dr);
            }
            return Observation.failed(dr.name(), dr.status(), "the task settled at " + dr.status() + " without "
                    + goal + " (" + clusters(dr) + ")", dr);
        });
    }

    private static String clusters(DisasterRecovery dr) {
        return Stream.of(dr.primaryCluster(), dr.standbyCluster()).filter(Objects::nonNull)
                .map(c -> String.join(" ", Stream.of(c.name(), c.role(), c.status(), c.progress())
                        .filter(s -> s != null && !s.isEmpty()).toList()))
                .collect(Collectors.joining(", "));
    }

    /** Until reading the task answers not-found. */
    public Watch<String> watchDeleted(String id) {
        return Watch.of("DWS disaster recovery task " + id, () -> findDisasterRecovery(id)
                .map(dr -> Observation.running(dr.name() + " (until deleted)", dr.status(), "", id))
                .orElseGet(() -> Observation.succeeded(id, "deleted", id)));
    }
}
