package dev.huaweidr.cloud.dcs;

import dev.huaweidr.cloud.NotFoundException;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.http.Api;
import dev.huaweidr.cloud.wait.Observation;
import dev.huaweidr.cloud.wait.Watch;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DCS (v2) master/replica swaps and shard switchovers in one region (spec §5). A swap or switchover may throw
 * {@link OutcomeUnknownException}: the only read-back is the roles ({@link #logicalNodes}, {@link #shards}),
 * which cannot tell "not applied" from "not yet done" for an asynchronous job, so the caller reports it rather
 * than repeating it. Both are toggles: a busy answer ({@code ApiException.isBusy()}) is thrown at once instead
 * of being waited out, since the task keeping the instance busy may be another swap or switchover, and
 * switching after it would undo it or switch twice.
 */
public final class Dcs {
    private static final Set<String> FAILED_STATUSES = Set.of("CREATEFAILED", "ERROR", "FROZEN");

    private final Api api;

    public Dcs(Api api) {
        this.api = api;
    }

    public String region() {
        return api.region();
    }

    public Optional<DcsInstance> findInstance(String instanceId) {
        return NotFoundException.emptyIfNotFound(() -> instance(instanceId));
    }

    /** The instance; absent is an error with {@code isNotFound()} (404 {@code 111404022}, documented). */
    public DcsInstance instance(String instanceId) {
        return api.get("/v2/{project_id}/instances/{}", instanceId).fetch(DcsInstance.class);
    }

    public List<LogicalNode> logicalNodes(String instanceId) {
        return api.get("/v2/{project_id}/instances/{}/logical-nodes", instanceId)
                .fetch(Envelopes.Nodes.class).nodes();
    }

    /** The shards with their master and replicas (the API's singular {@code instance} path). */
    public List<Shard> shards(String instanceId) {
        return api.get("/v2/{project_id}/instance/{}/groups", instanceId).fetch(Envelopes.Groups.class).groupList();
    }

    /**
     * Asynchronous master/standby swap of a master/standby instance ({@code ha}, {@code ha_rw_split}); returns
     * the job id to watch.
     */
    public String asyncSwap(String instanceId) {
        return api.put("/v2/{project_id}/instances/{}/async-swap", instanceId).toggle()
                .fetch(Envelopes.JobId.class, Envelopes.JobId::jobId, "job_id");
    }

    /**
     * Asynchronous shard switchover of a Redis Cluster or Proxy instance: node {@code nodeId} of shard
     * {@code groupId} becomes its master. Returns the job id to watch.
     */
    public String shardSwitchover(String instanceId, String groupId, String nodeId) {
        return api.post("/v2/{project_id}/instance/{}/groups/{}/replications/{}/async-switchover", instanceId,
                groupId, nodeId).toggle().fetch(Envelopes.JobId.class, Envelopes.JobId::jobId, "job_id");
    }

    /** Synchronous master/standby swap: done when it returns (204). */
    public void swap(String instanceId) {
        api.post("/v2/{project_id}/instances/{}/swap", instanceId).toggle().send();
    }

    /** The job; an unknown id is refused by DCS (400 {@code 111400063}, documented). */
    public DcsJob job(String jobId) {
        return api.get("/v2/{project_id}/jobs/{}", jobId).fetch(DcsJob.class);
    }

    /** Until {@code SUCCESS}; {@code FAIL} fails with the job's {@code fail_reason}. */
    public Watch<DcsJob> watchJob(String jobId) {
        return Watch.of("DCS job " + jobId, () -> {
            DcsJob job = job(jobId);
            String label = job.jobType() == null ? jobId : job.jobType();
            if ("SUCCESS".equals(job.status())) {
                return Observation.succeeded(label, job.status(), job);
            }
            if ("FAIL".equals(job.status())) {
                return Observation.failed(label, job.status(), job.failReason(), job);
            }
            return Observation.running(label, job.status(), "", job);
        });
    }

    /** Until the instance is {@code RUNNING} with no background task; CREATEFAILED/ERROR/FROZEN fail. */
    public Watch<DcsInstance> watchRunning(String instanceId) {
        return Watch.of("DCS instance " + instanceId, () -> {
            DcsInstance instance = instance(instanceId);
            String status = instance.hasTask() ? instance.status() + " (background task)" : instance.status();
            if (instance.isSettled()) {
                return Observation.succeeded(instance.name(), status, instance);
            }
            if (FAILED_STATUSES.contains(instance.status())) {
                return Observation.failed(instance.name(), status, "instance is " + instance.status(), instance);
            }
            return Observation.running(instance.name(), status, "", instance);
        });
    }
}
