package dev.huaweidr.cloud.geminidb;

import dev.huaweidr.cloud.NotFoundException;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.http.Api;
import dev.huaweidr.cloud.http.ApiCall;
import dev.huaweidr.cloud.wait.Observation;
import dev.huaweidr.cloud.wait.Watch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GeminiDB (GaussDB NoSQL v3) in one region: Cassandra active-active links, Redis DR pairs, jobs (spec §3).
 * Calls that start work return the job id to {@link #watchJob watch}. A change call may throw
 * {@link OutcomeUnknownException}; each documents how to read back what happened.
 */
public final class GeminiDb {
    private static final Set<String> FAILED_INSTANCE_STATUSES = Set.of("abnormal", "createfail", "enlargefail");
    private final Api api;
    private final FirstLooks firstLooks;

    /** GeminiDB through {@code api}; {@code firstLooks} is what the configured provider read for first looks. */
    public GeminiDb(Api api, FirstLooks firstLooks) {
        this.api = api;
        this.firstLooks = firstLooks;
    }

    public String region() {
        return api.region();
    }

    /** Every instance, optionally only of one {@code datastoreType} (cassandra, redis, ...), all pages. */
    public List<Instance> instances(String datastoreType) {
        List<Instance> all = new ArrayList<>();
        for (int index = 0; ; index++) {
            Envelopes.InstanceList page = page(datastoreType, index);
            all.addAll(page.instances());
            int total = page.totalCount() == null ? all.size() : page.totalCount();
            if (page.instances().size() < InstanceCatalog.PAGE || all.size() >= total) {
                return all;
            }
        }
    }

    /** Page {@code index} (from 0) of the instances of {@code datastoreType}, newest first. */
    private Envelopes.InstanceList page(String datastoreType, int index) {
        return api.get("/v3/{project_id}/instances").query("datastore_type", datastoreType)
                .query("offset", index * InstanceCatalog.PAGE).query("limit", InstanceCatalog.PAGE)
                .fetch(Envelopes.InstanceList.class);
    }

    /**
     * The instance with exactly this id, as {@code look} allows: {@link Look#now()} reads the list filtered by
     * the id (there is no single-instance GET); a first look may be answered from a list read for lookups
     * arriving together ({@link InstanceCatalog}).
     */
    public Optional<Instance> findInstance(String instanceId, Look look) {
        if (!look.isFirst()) {
            return filteredById(instanceId);
        }
        return firstLooks.catalog(api.region(), api.projectId(), look.datastoreType())
                .find(instanceId, index -> page(look.datastoreType(), index), () -> filteredById(instanceId),
                        api.context());
    }

    /** Like {@link #findInstance}, but absence is a {@link NotFoundException}. */
    public Instance instance(String instanceId, Look look) {
        return findInstance(instanceId, look).orElseThrow(() -> notFound(instanceId));
    }

    private Optional<Instance> filteredById(String instanceId) {
        return NotFoundException.emptyIfNotFound(() -> api.get("/v3/{project_id}/instances").query("id", instanceId)
                .fetch(Envelopes.InstanceList.class).instances().stream()
                .filter(i -> instanceId.equals(i.id())).findFirst().orElse(null));
    }

    /**
     * Builds a Cassandra active-active link from {@code instanceId} (one call). Job {@code BuildBiActiveInstance}.
     * Read-back: {@link Instance#dualActiveInfo()}, or {@link #jobs} named {@code BuildBiActiveInstance}.
     */
    public String createDualActive(String instanceId, String destinationRegion, String destinationInstanceId) {
        return jobId(api.post("/v3/{project_id}/instances/{}/dual-active-relationship", instanceId)
                .body(new Envelopes.DualActiveRequest(destinationRegion, destinationInstanceId)));
    }

    /** Removes the active-active link (call on either instance). Job {@code ReleaseBiActiveInstance}. */
    public String deleteDualActive(String instanceId) {
        return jobId(api.delete("/v3/{project_id}/instances/{}/dual-active-relationship", instanceId));
    }

    /**
     * Regions where an active-active peer of this instance may live, enough to tell whether {@code wanted} is
     * one of them. The API answers per instance only. {@link Look#now()} asks about this instance. A first look
     * (a plan's check) may take the answer this provider process had for another instance of the same region
     * and project, when that answer lists {@code wanted}: the regions are a property of the service in a region
     * as far as anything documents them, and the cloud checks the link again when it is made. A list without
     * {@code wanted} is always this instance's own answer, so a plan never fails on another instance's.
     */
    public List<String> dualActiveRegions(String instanceId, String wanted, Look look) {
        if (!look.isFirst()) {
            return dualActiveRegionsOf(instanceId);
        }
        boolean[] asked = new boolean[1];
        List<String> first = firstLooks.offeredRegions(api.region(), api.projectId(), () -> {
            asked[0] = true;
            return dualActiveRegionsOf(instanceId);
        });
        return asked[0] || first.contains(wanted) ? first : dualActiveRegionsOf(instanceId);
    }

    private List<String> dualActiveRegionsOf(String instanceId) {
        return api.get("/v3/{project_id}/instances/{}/disaster-recovery/regions", instanceId)
                .fetch(Envelopes.RegionCodes.class).regionCodes();
    }

    /** Redis DR precheck; returns normally when the check passed (204), throws the refusal otherwise. */
    public void precheck(String instanceId, PrecheckRequest request) {
        api.post("/v3/{project_id}/instances/{}/disaster-recovery/precheck", instanceId)
                .body(request).idempotent().send();
    }

    /**
     * Redis DR construction on one instance (primary first, then standby). Job {@code ConstructDisasterRecovery}.
     * Read-back: {@link #syncStatus} ({@code NEW} once the primary side exists) or {@link #jobs}.
     */
    public ConstructResult construct(String instanceId, ConstructRequest request) {
        return api.post("/v3/{project_id}/instances/{}/disaster-recovery/construction", instanceId)
                .body(request).fetch(ConstructResult.class);
    }

    /** Redis DR deconstruction on one instance. Job {@code DeConstructDisasterRecovery}. Read-back: syncStatus. */
    public String deconstruct(String instanceId) {
        return jobId(api.post("/v3/{project_id}/instances/{}/disaster-recovery/deconstruction", instanceId));
    }

    /** Pauses DR data synchronization on one instance. Read-back: {@link #syncStatus}. */
    public String pauseSync(String instanceId) {
        return dataSync(instanceId, "pause");
    }

    /** Resumes DR data synchronization on one instance. Read-back: {@link #syncStatus}. */
    public String resumeSync(String instanceId) {
        return dataSync(instanceId, "resume");
    }

    private String dataSync(String instanceId, String action) {
        return jobId(api.post("/v3/{project_id}/instances/{}/disaster-recovery/data-synchronization", instanceId)
                .body(new Envelopes.SyncAction(action)));
    }

    /** The DR pair this instance is in; status {@code NA} when none. */
    public SyncStatus syncStatus(String instanceId) {
        return api.get("/v3/{project_id}/instances/{}/disaster-recovery/data-synchronization", instanceId)
                .fetch(SyncStatus.class);
    }

    /** {@code master} or {@code slave} in a DR pair, "" for an instance in none. */
    public String instanceRole(String instanceId) {
        String role = api.get("/v3/{project_id}/instances/{}/instance-role", instanceId)
                .fetch(Envelopes.Role.class).role();
        return role == null ? "" : role;
    }

    /** Demotes the DR primary (first half of a planned switchover). Read-back: {@link #instanceRole}. */
    public String switchoverSlave(String instanceId) {
        return jobId(api.post("/v3/{project_id}/instances/{}/switchover-slave", instanceId));
    }

    /** Promotes the DR standby; {@code force} for a failover while the primary is broken. Read-back: role. */
    public String switchoverMaster(String instanceId, boolean force) {
        return jobId(api.post("/v3/{project_id}/instances/{}/switchover-master", instanceId)
                .body(new Envelopes.Force(force)));
    }

    public Optional<Job> findJob(String jobId) {
        return api.get("/v3/{project_id}/jobs").query("id", jobId).fetch(Envelopes.JobList.class).jobs().stream()
                .filter(j -> jobId.equals(j.id())).findFirst();
    }

    public Job job(String jobId) {
        return findJob(jobId).orElseThrow(() -> new NotFoundException("GeminiDB job " + jobId));
    }

    /** Read-back after an unknown outcome: the most recent jobs (up to 50) named {@code name} on the instance. */
    public List<Job> jobs(String name, String instanceId) {
        return api.get("/v3/{project_id}/jobs").query("name", name).query("limit", 50)
                .fetch(Envelopes.JobList.class).jobs().stream()
                .filter(j -> name.equals(j.name()) && j.instance() != null && instanceId.equals(j.instance().id()))
                .toList();
    }

    /**
     * The instance's most recently started job among {@code names} that completed, as the newest 50 jobs of
     * the project show it; empty when none of them is. One call, whatever the number of names.
     */
    public Optional<Job> latestCompletedJob(String instanceId, String... names) {
        List<String> wanted = List.of(names);
        return api.get("/v3/{project_id}/jobs").query("limit", 50).fetch(Envelopes.JobList.class).jobs().stream()
                .filter(j -> wanted.contains(j.name()) && j.isCompleted() && j.instance() != null
                        && instanceId.equals(j.instance().id()))
                .max(Comparator.comparing(Job::startTime, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** The job named {@code name} still running on the instance, if any (a read-back after a lost answer). */
    public Optional<Job> runningJob(String name, String instanceId) {
        return jobs(name, instanceId).stream().filter(j -> !j.isCompleted() && !j.isFailed()).findFirst();
    }

    /** Until the job is {@code Completed}; {@code Failed} fails with its {@code fail_reason}. */
    public Watch<Job> watchJob(String jobId) {
        return Watch.of("GeminiDB job " + jobId, () -> {
            Job job = job(jobId);
            if (job.isCompleted()) {
                return Observation.succeeded(job.label(), job.status(), job);
            }
            if (job.isFailed()) {
                return Observation.failed(job.label(), job.status(), job.failReason(), job);
            }
            return Observation.running(job.label(), job.status(), job.progress(), job);
        });
    }

    /** Until the instance is {@code normal} with no action running; abnormal/createfail/enlargefail fail. */
    public Watch<Instance> watchIdle(String instanceId) {
        return Watch.of("GeminiDB instance " + instanceId, () -> {
            Instance instance = instance(instanceId, Look.now());
            String status = instance.actions().isEmpty() ? instance.status()
                    : instance.status() + " (" + String.join(", ", instance.actions()) + ")";
            if (instance.isIdle()) {
                return Observation.succeeded(instance.name(), status, instance);
            }
            if (FAILED_INSTANCE_STATUSES.contains(instance.status())) {
                return Observation.failed(instance.name(), status, "instance is " + instance.status(), instance);
            }
            return Observation.running(instance.name(), status, "", instance);
        });
    }

    /** The id of the job a change request started: every asynchronous GeminiDB operation answers with one. */
    private static String jobId(ApiCall call) {
        return call.fetch(Envelopes.JobId.class, Envelopes.JobId::jobId, "job_id");
    }

    private static NotFoundException notFound(String instanceId) {
        return new NotFoundException("GeminiDB instance " + instanceId);
    }
}
