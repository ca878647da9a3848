package dev.huaweidr.emulator.dcs;

import dev.huaweidr.emulator.http.CloudRoutes;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.jobs.JobEffect;
import dev.huaweidr.emulator.jobs.JobEngine;
import dev.huaweidr.emulator.jobs.JobSpec;
import dev.huaweidr.emulator.model.DcsInstance;
import dev.huaweidr.emulator.model.DcsNode;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.huaweidr.emulator.http.Service.DCS;

/**
 * DCS v2 (§5.1-5.7): instance detail, logical nodes with roles, shards, master/standby swap (async with a job,
 * or synchronous), shard switchover and job results. The asynchronous swap takes master/standby and read/write
 * split instances, the synchronous one master/standby only (as its API page says), the shard switchover Redis
 * Cluster and Proxy Cluster instances; all of them only while the instance is running and idle.
 */
public final class DcsApi {
    private static final String INSTANCE = "/v2/{project_id}/instances/{instance_id}";
    /** The shard APIs use the singular {@code instance}. */
    private static final String GROUPS = "/v2/{project_id}/instance/{instance_id}/groups";
    private static final String SWAP = "dcs.swap";
    private static final String SHARD_SWITCHOVER = "dcs.shardSwitchover";
    /** The only swap job type DCS documents; which type a shard switchover's job shows is not documented. */
    private static final String SWAP_JOB = "masterStandbySwapJob";
    private static final Set<String> ASYNC_SWAP_MODES = Set.of("ha", "ha_rw_split");
    private static final Set<String> SYNC_SWAP_MODES = Set.of("ha");
    private static final Set<String> SHARDED_MODES = Set.of("cluster", "proxy");

    private final JobEngine jobs;

    public DcsApi(JobEngine jobs) {
        this.jobs = jobs;
        jobs.register(SWAP, (JobEffect) (world, job) -> world.dcsInstance(job.targets.get(0)).ifPresent(DcsApi::swap));
        jobs.register(SHARD_SWITCHOVER, (JobEffect) (world, job) -> world.dcsInstance(job.targets.get(0))
                .ifPresent(i -> promote(i, job.param("group_id"), job.param("node_id"))));
    }

    public void register(CloudRoutes routes) {
        routes.get(DCS, INSTANCE, (request, world) -> {
            DcsInstance instance = find(request, world);
            Job running = jobs.runningOn(world, instance.instanceId).stream().findFirst().orElse(null);
            return Response.ok(DcsViews.instance(world, instance, running));
        });
        routes.get(DCS, INSTANCE + "/logical-nodes",
                (request, world) -> Response.ok(DcsViews.logicalNodes(find(request, world))));
        routes.get(DCS, GROUPS, (request, world) -> Response.ok(DcsViews.groups(find(request, world))));
        routes.put(DCS, INSTANCE + "/async-swap", this::asyncSwap);
        routes.post(DCS, INSTANCE + "/swap", (request, world) -> {
            swap(ready(request, world, SYNC_SWAP_MODES, "master/standby switchover"));
            return Response.noContent();
        });
        routes.post(DCS, GROUPS + "/{group_id}/replications/{node_id}/async-switchover", this::shardSwitchover);
        routes.get(DCS, "/v2/{project_id}/jobs/{job_id}", this::job);
    }

    private Response asyncSwap(Request request, World world) {
        DcsInstance instance = ready(request, world, ASYNC_SWAP_MODES, "master/standby switchover");
        return startJob(request, world, instance, SWAP, Map.of());
    }

    private Response shardSwitchover(Request request, World world) {
        DcsInstance instance = ready(request, world, SHARDED_MODES, "shard switchover");
        String group = request.pathVar("group_id");
        String node = request.pathVar("node_id");
        if (instance.nodes.stream().noneMatch(n -> group.equals(n.groupId))) {
            throw DcsErrors.invalidParameter("group_id");
        }
        boolean replicaOfGroup = instance.nodes.stream()
                .anyMatch(n -> node.equals(n.nodeId) && group.equals(n.groupId) && "slave".equals(n.nodeType));
        if (!replicaOfGroup) {
            throw DcsErrors.invalidParameter("node_id");
        }
        return startJob(request, world, instance, SHARD_SWITCHOVER, Map.of("group_id", group, "node_id", node));
    }

    private Response startJob(Request request, World world, DcsInstance instance, String kind,
            Map<String, String> params) {
        Job job = jobs.start(world, new JobSpec("dcs", request.projectId(), SWAP_JOB, kind,
                List.of(instance.instanceId), params), request.jobFault());
        return Response.ok(Json.object().put("job_id", job.id));
    }

    private Response job(Request request, World world) {
        Job job = world.job(request.pathVar("job_id"))
                .filter(j -> "dcs".equals(j.service) && j.projectId.equals(request.projectId()))
                .orElseThrow(() -> DcsErrors.invalidParameter("job_id"));
        return Response.ok(DcsViews.job(job, jobs.percentDone(job)));
    }

    /** The instance, if its cache mode is one of {@code modes} (else it has no {@code which}), idle and running. */
    private DcsInstance ready(Request request, World world, Set<String> modes, String which) {
        DcsInstance instance = find(request, world);
        if (!modes.contains(instance.cacheMode)) {
            throw DcsErrors.switchoverNotSupported(which);
        }
        if (jobs.busy(world, instance.instanceId)) {
            throw DcsErrors.busy();
        }
        if (!"RUNNING".equals(instance.status)) {
            throw DcsErrors.notRunning();
        }
        return instance;
    }

    private static DcsInstance find(Request request, World world) {
        return world.dcsInstance(request.pathVar("instance_id"))
                .filter(i -> i.projectId.equals(request.projectId()))
                .orElseThrow(DcsErrors::notFound);
    }

    /** In each group, the master and its first replica trade places. */
    private static void swap(DcsInstance instance) {
        for (DcsNode master : instance.nodes.stream().filter(n -> "master".equals(n.nodeType)).toList()) {
            instance.nodes.stream()
                    .filter(n -> "slave".equals(n.nodeType) && Objects.equals(n.groupId, master.groupId))
                    .findFirst()
                    .ifPresent(slave -> trade(master, slave));
        }
    }

    /** In {@code group}, replica {@code nodeId} and the master trade places (if it is still a replica there). */
    private static void promote(DcsInstance instance, String group, String nodeId) {
        instance.nodes.stream()
                .filter(n -> nodeId.equals(n.nodeId) && group.equals(n.groupId) && "slave".equals(n.nodeType))
                .findFirst()
                .ifPresent(replica -> instance.nodes.stream()
                        .filter(n -> group.equals(n.groupId) && "master".equals(n.nodeType))
                        .findFirst()
                        .ifPresent(master -> trade(master, replica)));
    }

    private static void trade(DcsNode master, DcsNode replica) {
        replica.nodeType = "master";
        master.nodeType = "slave";
    }
}
