package dev.huaweidr.emulator.dws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.http.CloudRoutes;
import dev.huaweidr.emulator.http.Fields;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.jobs.JobEffect;
import dev.huaweidr.emulator.jobs.JobEngine;
import dev.huaweidr.emulator.jobs.JobSpec;
import dev.huaweidr.emulator.model.DwsCluster;
import dev.huaweidr.emulator.model.DwsDrTask;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.huaweidr.emulator.http.Service.DWS;

/**
 * DWS DR tasks (§4.1-4.10) and cluster detail (§4.12). Write calls answer 200 at once; the task shows a
 * transitional status (creating, starting, ...) until its hidden job completes. One operation at a time.
 * A task is served, under its one id, by the project it was created in and by each of its clusters' projects:
 * a cross-region task can be read and operated from the standby's region, as the console shows it there.
 */
public final class DwsApi {
    private static final String TASK = "/v2/{project_id}/disaster-recovery/{disaster_recovery_id}";
    private static final Pattern SYNC_PERIOD = Pattern.compile("([1-9]\\d{0,3})([mHd])");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{3,63}");
    /** Cluster statuses a task is made from (spec §4.1: Available or Unbalanced). */
    private static final Set<String> READY = Set.of("AVAILABLE", "UNBALANCED");
    /** Statuses in which the configuration may change (spec §4.4). */
    private static final Set<String> RECONFIGURABLE = Set.of("unstart", "stopped");

    private final JobEngine jobs;

    public DwsApi(JobEngine jobs) {
        this.jobs = jobs;
        for (DrOperation op : DrOperation.values()) {
            jobs.register(op.jobKind(), effect(op));
        }
    }

    public void register(CloudRoutes routes) {
        routes.get(DWS, "/v2/{project_id}/disaster-recoveries", this::list);
        routes.post(DWS, "/v2/{project_id}/disaster-recoveries", this::create);
        routes.get(DWS, TASK, this::show);
        routes.put(DWS, TASK, this::update);
        routes.delete(DWS, TASK, (request, world) -> operate(request, world, DrOperation.DELETE, Response.emptyOk()));
        for (DrOperation op : List.of(DrOperation.START, DrOperation.PAUSE, DrOperation.SWITCHOVER,
                DrOperation.FAILOVER, DrOperation.RECOVERY)) {
            routes.post(DWS, TASK + "/" + op.name().toLowerCase(), (request, world) ->
                    operate(request, world, op, Response.ok(idBody(request.pathVar("disaster_recovery_id")))));
        }
        routes.get(DWS, "/v1.0/{project_id}/clusters/{cluster_id}", this::cluster);
    }

    private Response list(Request request, World world) {
        String id = request.queryParam("id");
        String primary = request.queryParam("primary_cluster_id");
        String standby = request.queryParam("standby_cluster_id");
        ArrayNode tasks = Json.array();
        world.dwsDrTasks.stream()
                .filter(t -> t.servedBy(world, request.projectId()))
                .filter(t -> id == null || id.equals(t.id))
                .filter(t -> primary == null || primary.equals(t.primaryClusterId))
                .filter(t -> standby == null || standby.equals(t.standbyClusterId))
                .forEach(t -> tasks.add(DwsViews.listItem(world, t)));
        ObjectNode body = Json.object();
        body.set("disaster_recovery", tasks);
        return Response.ok(body);
    }

    private Response show(Request request, World world) {
        ObjectNode body = Json.object();
        body.set("disaster_recovery", DwsViews.detail(world, task(request, world)));
        return Response.ok(body);
    }

    private Response create(Request request, World world) {
        Fields fields = Fields.of(request).object("disaster_recovery");
        String name = fields.text("name");
        String drType = fields.text("dr_type");
        String period = fields.text("dr_sync_period");
        if (!"az".equals(drType) && !"region".equals(drType)) {
            throw DwsErrors.parameter("dr_type must be az or region.");
        }
        if (!NAME.matcher(name).matches()) {
            throw DwsErrors.parameter("name must be 4 to 64 letters, digits, - and _, starting with a letter.");
        }
        DwsCluster primary = cluster(world, fields.text("primary_cluster_id"), request.projectId());
        DwsCluster standby = cluster(world, fields.text("standby_cluster_id"), standbyProject(request, world, fields,
                drType));
        checkSyncPeriod(period);
        if (primary.id().equals(standby.id())) {
            throw DwsErrors.parameter("the primary and standby clusters must differ.");
        }
        for (DwsCluster c : List.of(primary, standby)) {
            if (!READY.contains(c.status().toUpperCase(Locale.ROOT))) {
                throw DwsErrors.clusterNotReady(c.id(), c.status());
            }
        }
        if (world.dwsDrTasks.stream().anyMatch(t -> t.involves(primary.id()) || t.involves(standby.id()))) {
            throw DwsErrors.parameter("a cluster is already in a disaster recovery task.");
        }
        if (world.dwsDrTasks.stream().anyMatch(t -> t.projectId.equals(request.projectId()) && t.name.equals(name))) {
            throw DwsErrors.parameter("a disaster recovery task named " + name + " already exists.");
        }
        DwsDrTask task = new DwsDrTask();
        task.id = UUID.randomUUID().toString();
        task.name = name;
        task.projectId = request.projectId();
        task.drType = drType;
        task.primaryClusterId = primary.id();
        task.standbyClusterId = standby.id();
        task.drSyncPeriod = period;
        task.createTime = jobs.now();
        world.dwsDrTasks.add(task);
        startTransition(request, world, task, DrOperation.CREATE);
        return Response.ok(idBody(task.id));
    }

    /**
     * The project the standby cluster must be in: the call's own for a cross-AZ task; for a cross-region task
     * the one {@code standby_cluster_project_id} names, which must be of {@code standby_cluster_region}, another
     * region than the call's.
     */
    private static String standbyProject(Request request, World world, Fields fields, String drType) {
        if ("az".equals(drType)) {
            return request.projectId();
        }
        String region = fields.text("standby_cluster_region");
        String projectId = fields.text("standby_cluster_project_id");
        if (!region.equals(world.regionOf(projectId))) {
            throw DwsErrors.parameter("standby_cluster_project_id " + projectId + " is not a project of " + region
                    + ".");
        }
        if (region.equals(world.regionOf(request.projectId()))) {
            throw DwsErrors.parameter("a cross-region task needs a standby cluster in another region.");
        }
        return projectId;
    }

    private static void checkSyncPeriod(String period) {
        Matcher m = SYNC_PERIOD.matcher(period);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 3000) {
            throw DwsErrors.parameter("dr_sync_period must be 1-3000 followed by m, H or d, e.g. 20m.");
        }
    }

    /** Only the sync period is emulated; it shows at once and applies from the next start. */
    private Response update(Request request, World world) {
        DwsDrTask task = task(request, world);
        String period = Fields.of(request).object("disaster_recovery").optionalText("dr_sync_period");
        if (jobs.busy(world, task.id)) {
            throw DwsErrors.busy();
        }
        if (!RECONFIGURABLE.contains(task.status)) {
            throw DwsErrors.wrongStatus();
        }
        if (period != null) {
            checkSyncPeriod(period);
            task.drSyncPeriod = period;
        }
        return Response.ok(idBody(task.id));
    }

    private Response operate(Request request, World world, DrOperation op, Response answer) {
        DwsDrTask task = task(request, world);
        if (jobs.busy(world, task.id)) {
            throw DwsErrors.busy();
        }
        if (!op.allowed(task)) {
            throw DwsErrors.wrongStatus();
        }
        startTransition(request, world, task, op);
        return answer;
    }

    private Response cluster(Request request, World world) {
        String id = request.pathVar("cluster_id");
        DwsCluster cluster = cluster(world, id, request.projectId());
        boolean switching = world.dwsDrTasks.stream().filter(t -> t.involves(id))
                .flatMap(t -> jobs.runningOn(world, t.id).stream())
                .anyMatch(j -> j.kind.equals(DrOperation.SWITCHOVER.jobKind())
                        || j.kind.equals(DrOperation.FAILOVER.jobKind()));
        return Response.ok(DwsViews.clusterDetail(world, cluster, switching ? "ACTIVE_STANDY_SWITCHOVER" : ""));
    }

    private void startTransition(Request request, World world, DwsDrTask task, DrOperation op) {
        Map<String, String> params = Map.of("previous_status", task.status);
        jobs.start(world, new JobSpec("dws", task.projectId, op.name(), op.jobKind(), List.of(task.id), params),
                request.jobFault());
        task.status = op.transitional;
    }

    private JobEffect effect(DrOperation op) {
        return new JobEffect() {
            @Override
            public void succeed(World world, Job job) {
                world.dwsTask(job.targets.get(0)).ifPresent(t -> op.succeed(world, t, job.dueMillis()));
            }

            @Override
            public void fail(World world, Job job) {
                String status = op.failedStatus != null ? op.failedStatus : job.param("previous_status");
                world.dwsTask(job.targets.get(0)).ifPresent(t -> t.status = status);
            }
        };
    }

    private static DwsDrTask task(Request request, World world) {
        String id = request.pathVar("disaster_recovery_id");
        return world.dwsTask(id).filter(t -> t.servedBy(world, request.projectId()))
                .orElseThrow(() -> DwsErrors.taskNotFound(id));
    }

    /** A cluster by id, in the given project. */
    private static DwsCluster cluster(World world, String id, String projectId) {
        return world.dwsCluster(id).filter(c -> c.projectId().equals(projectId))
                .orElseThrow(() -> DwsErrors.clusterNotFound(id));
    }

    private static ObjectNode idBody(String id) {
        ObjectNode body = Json.object();
        body.putObject("disaster_recovery").put("id", id);
        return body;
    }
}
