package dev.huaweidr.emulator.geminidb;

import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.jobs.JobEngine;
import dev.huaweidr.emulator.jobs.JobSpec;
import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finding GeminiDB instances for a request, the one-operation-at-a-time rule, and starting jobs. */
final class GeminiInstances {
    static final String SERVICE = "geminidb";

    private final JobEngine jobs;

    GeminiInstances(JobEngine jobs) {
        this.jobs = jobs;
    }

    /** The path's instance, which must live in the path's project. */
    GeminiInstance find(World world, Request request) {
        String id = request.pathVar("instance_id");
        return world.geminiInstance(id).filter(i -> i.projectId.equals(request.projectId()))
                .orElseThrow(() -> GeminiErrors.notFound(id));
    }

    /** The path's instance, refused while another operation runs on it. */
    GeminiInstance idle(World world, Request request) {
        GeminiInstance instance = find(world, request);
        requireIdle(world, instance);
        return instance;
    }

    void requireIdle(World world, GeminiInstance instance) {
        if (!actions(world, instance).isEmpty()) {
            throw GeminiErrors.busy();
        }
    }

    static void requireNormal(GeminiInstance instance) {
        if (!"normal".equals(instance.status)) {
            throw GeminiErrors.notAllowed("instance " + instance.id + " is " + instance.status);
        }
    }

    static void requireRedis(GeminiInstance instance) {
        if (!"redis".equals(instance.datastore.type())) {
            throw GeminiErrors.parameter("This operation is only supported by GeminiDB Redis instances.");
        }
    }

    /** What the instance is doing: out-of-band actions plus its running jobs. */
    List<String> actions(World world, GeminiInstance instance) {
        List<String> actions = new ArrayList<>(instance.actions);
        jobs.runningOn(world, instance.id).forEach(j -> actions.add(j.name));
        return actions;
    }

    Job startJob(World world, Request request, String name, String kind, List<String> targets,
                 Map<String, String> params) {
        return jobs.start(world, new JobSpec(SERVICE, request.projectId(), name, kind, targets, params),
                request.jobFault());
    }

    JobEngine jobs() {
        return jobs;
    }
}
