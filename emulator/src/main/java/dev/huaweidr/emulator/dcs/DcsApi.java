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

import static dev.huaweidr.emulator.http.Service.DCS;

/**
 * DCS v2 (§5.1-5.5): instance detail, logical nodes with roles, master/standby swap (async with a job,
 * or synchronous) and job results. Only running master/standby ({@code ha}) instances swap.
 */
public final class DcsApi {
    private static final String INSTANCE = "/v2/{project_id}/instances/{instance_id}";
    private static final String SWAP = "dcs.swap";

    private final JobEngine jobs;

    public DcsApi(JobEngine jobs) {
        this.jobs = jobs;
        jobs.register(SWAP, (JobEffect) (world, job) -> world.dcsInstance(job.targets.get(0)).ifPresent(DcsApi::swap));
    }

    public void register(CloudRoutes routes) {
        routes.get(DCS, INSTANCE, (request, world) -> {
            DcsInstance instance = find(request, world);
            Job running = jobs.runningOn(world, instance.instanceId).stream().findFirst().orElse(null);
            return Response.ok(DcsViews.instance(world, instance, running));
        });
        routes.get(DCS, INSTANCE + "/logical-nodes",
                (request, world) -> Response.ok(DcsViews.logicalNodes(find(request, world))));
        routes.put(DCS, INSTANCE + "/async-swap", this::asyncSwap);
        routes.post(DCS, INSTANCE + "/swap", (request, world) -> {
            swap(swappable(request, world));
            return Response.noContent();
        });
        routes.get(DCS, "/v2/{project_id}/jobs/{job_id}", this::job);
    }

    private Response asyncSwap(Request request, World world) {
        DcsInstance instance = swappable(request, world);
        Job job = jobs.start(world, new JobSpec("dcs", request.projectId(), "masterStandbySwapJob", SWAP,
                List.of(instance.instanceId), Map.of()), request.jobFault());
        return Response.ok(Json.object().put("job_id", job.id));
    }

    private Response job(Request request, World world) {
        Job job = world.job(request.pathVar("job_id"))
                .filter(j -> "dcs".equals(j.service) && j.projectId.equals(request.projectId()))
                .orElseThrow(DcsErrors::unknownJob);
        return Response.ok(DcsViews.job(job, jobs.percentDone(job)));
    }

    private DcsInstance swappable(Request request, World world) {
        DcsInstance instance = find(request, world);
        if (!"ha".equals(instance.cacheMode)) {
            throw DcsErrors.notMasterStandby();
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
                    .ifPresent(slave -> {
                        slave.nodeType = "master";
                        master.nodeType = "slave";
                    });
        }
    }
}
