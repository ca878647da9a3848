package dev.huaweidr.emulator.geminidb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.http.CloudRoutes;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.jobs.JobEngine;
import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import static dev.huaweidr.emulator.http.Service.GEMINIDB;

/** GeminiDB (GaussDB NoSQL) v3: instance and job listings, plus the DR operations' routes. */
public final class GeminiDbApi {
    private static final String INSTANCE = "/v3/{project_id}/instances/{instance_id}";
    private static final String DR = INSTANCE + "/disaster-recovery";

    private final GeminiInstances instances;
    private final DualActiveLinks dualActive;
    private final RedisDrConstruction construction;
    private final RedisDrSync sync;
    private final RedisDrSwitchover switchover;

    public GeminiDbApi(JobEngine jobs) {
        this.instances = new GeminiInstances(jobs);
        this.dualActive = new DualActiveLinks(instances);
        this.construction = new RedisDrConstruction(instances);
        this.sync = new RedisDrSync(instances);
        this.switchover = new RedisDrSwitchover(instances);
    }

    public void register(CloudRoutes routes) {
        routes.get(GEMINIDB, "/v3/{project_id}/instances", this::listInstances);
        routes.get(GEMINIDB, "/v3/{project_id}/jobs", this::listJobs);
        routes.post(GEMINIDB, INSTANCE + "/dual-active-relationship", dualActive::create);
        routes.delete(GEMINIDB, INSTANCE + "/dual-active-relationship", dualActive::delete);
        routes.get(GEMINIDB, DR + "/regions", dualActive::regions);
        routes.post(GEMINIDB, DR + "/precheck", construction::precheck);
        routes.post(GEMINIDB, DR + "/construction", construction::construct);
        routes.post(GEMINIDB, DR + "/deconstruction", construction::deconstruct);
        routes.post(GEMINIDB, DR + "/data-synchronization", sync::pauseOrResume);
        routes.get(GEMINIDB, DR + "/data-synchronization", sync::status);
        routes.get(GEMINIDB, INSTANCE + "/instance-role", switchover::role);
        routes.post(GEMINIDB, INSTANCE + "/switchover-slave", switchover::demotePrimary);
        routes.post(GEMINIDB, INSTANCE + "/switchover-master", switchover::promoteStandby);
    }

    private Response listInstances(Request request, World world) {
        String type = request.queryParam("datastore_type");
        String mode = request.queryParam("mode");
        Predicate<GeminiInstance> filter = i -> i.projectId.equals(request.projectId())
                && matches(request.queryParam("id"), i.id)
                && matches(request.queryParam("name"), i.name)
                && (type == null || type.equalsIgnoreCase(i.datastore.type()))
                && (type == null || mode == null || mode.equals(i.mode))
                && (request.queryParam("vpc_id") == null || request.queryParam("vpc_id").equals(i.vpcId))
                && (request.queryParam("subnet_id") == null || request.queryParam("subnet_id").equals(i.subnetId));
        List<GeminiInstance> found = world.geminidbInstances.stream().filter(filter)
                .sorted(Comparator.comparing((GeminiInstance i) -> i.created).reversed()
                        .thenComparing(i -> i.id))
                .toList();
        ArrayNode list = Json.array();
        page(request, found, 100).forEach(i -> list.add(GeminiViews.instance(world, i, instances.actions(world, i))));
        ObjectNode body = Json.object().put("total_count", found.size());
        body.set("instances", list);
        return Response.ok(body);
    }

    private Response listJobs(Request request, World world) {
        String id = request.queryParam("id");
        String status = request.queryParam("status");
        String name = request.queryParam("name");
        List<Job> found = world.jobs.stream()
                .filter(j -> GeminiInstances.SERVICE.equals(j.service) && j.projectId.equals(request.projectId()))
                .filter(j -> id == null || j.id.equals(id))
                .filter(j -> status == null || status.equals(GeminiViews.status(j)))
                .filter(j -> name == null || name.equals(j.name))
                .sorted(Comparator.comparingLong((Job j) -> j.startMillis).reversed())
                .toList();
        ArrayNode list = Json.array();
        page(request, found, 50).forEach(j -> list.add(GeminiViews.job(world, instances.jobs(), j)));
        ObjectNode body = Json.object().put("total_count", found.size());
        body.set("jobs", list);
        return Response.ok(body);
    }

    /** The id/name rule: exact match, or with a leading {@code *} a match anywhere on the rest. */
    static boolean matches(String filter, String value) {
        if (filter == null) {
            return true;
        }
        return filter.startsWith("*") ? value.contains(filter.substring(1)) : value.equals(filter);
    }

    private static <T> List<T> page(Request request, List<T> items, int defaultLimit) {
        int offset = intParam(request, "offset", 0);
        int limit = intParam(request, "limit", defaultLimit);
        if (offset < 0) {
            throw GeminiErrors.parameter("Invalid parameter: offset must be >= 0.");
        }
        if (limit < 1 || limit > 100) {
            throw GeminiErrors.parameter("Invalid parameter: limit must be 1..100.");
        }
        return items.stream().skip(offset).limit(limit).toList();
    }

    private static int intParam(Request request, String name, int fallback) {
        String value = request.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw GeminiErrors.parameter("Invalid parameter: " + name + " must be an integer.");
        }
    }
}
