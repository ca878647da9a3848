package dev.huaweidr.emulator.geminidb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.http.Fields;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.jobs.JobEffect;
import dev.huaweidr.emulator.model.DualActiveInfo;
import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.util.List;
import java.util.Map;

/**
 * Cassandra active-active links (§3.1-3.3). One create call on the source builds the link on both
 * instances (source {@code master}, destination {@code slave}); one delete call on either removes it.
 * The job locks both instances while it runs.
 */
final class DualActiveLinks {
    private static final String BUILD = "geminidb.dual_active.build";
    private static final String RELEASE = "geminidb.dual_active.release";

    private final GeminiInstances instances;

    DualActiveLinks(GeminiInstances instances) {
        this.instances = instances;
        instances.jobs().register(BUILD, this::linkBuilt);
        instances.jobs().register(RELEASE, (JobEffect) (world, job) ->
                world.geminiInstance(job.targets.get(0)).ifPresent(world::removeDualActive));
    }

    Response regions(Request request, World world) {
        GeminiInstance instance = instances.find(world, request);
        ArrayNode codes = Json.array();
        regionCodes(world, instance).forEach(codes::add);
        ObjectNode body = Json.object();
        body.set("region_codes", codes);
        return Response.ok(body);
    }

    Response create(Request request, World world) {
        GeminiInstance source = instances.idle(world, request);
        Fields body = Fields.of(request);
        String region = body.text("destination_region");
        String destinationId = body.text("destination_instance_id");
        requireClassic(source);
        GeminiInstances.requireNormal(source);
        if (!regionCodes(world, source).contains(region)) {
            throw GeminiErrors.regionUnavailable(region);
        }
        String destinationProject = world.projectOfRegion(region).map(p -> p.id()).orElse("");
        GeminiInstance destination = world.geminiInstance(destinationId)
                .filter(i -> i.projectId.equals(destinationProject))
                .orElseThrow(() -> GeminiErrors.parameter("Invalid parameter: destination instance "
                        + destinationId + " does not exist in region " + region + "."));
        requireClassic(destination);
        instances.requireIdle(world, destination);
        GeminiInstances.requireNormal(destination);
        if (source.dualActiveInfo != null || destination.dualActiveInfo != null) {
            throw GeminiErrors.notAllowed("an instance is already in an active-active relationship");
        }
        Job job = instances.startJob(world, request, "BuildBiActiveInstance", BUILD,
                List.of(source.id, destination.id), Map.of());
        return Response.accepted(Json.object().put("job_id", job.id));
    }

    Response delete(Request request, World world) {
        GeminiInstance instance = instances.idle(world, request);
        requireClassic(instance);
        if (instance.dualActiveInfo == null) {
            throw GeminiErrors.notAllowed("the instance is not in an active-active relationship");
        }
        String peer = instance.dualActiveInfo.destinationInstanceId();
        world.geminiInstance(peer).ifPresent(p -> instances.requireIdle(world, p));
        Job job = instances.startJob(world, request, "ReleaseBiActiveInstance", RELEASE,
                List.of(instance.id, peer), Map.of());
        return Response.accepted(Json.object().put("job_id", job.id));
    }

    private void linkBuilt(World world, Job job) {
        GeminiInstance source = world.geminiInstance(job.targets.get(0)).orElse(null);
        GeminiInstance destination = world.geminiInstance(job.targets.get(1)).orElse(null);
        if (source == null || destination == null) {
            return;
        }
        source.dualActiveInfo = new DualActiveInfo("master", "normal", destination.id,
                world.regionOf(destination.projectId));
        destination.dualActiveInfo = new DualActiveInfo("slave", "normal", source.id,
                world.regionOf(source.projectId));
    }

    private static List<String> regionCodes(World world, GeminiInstance instance) {
        if (instance.drRegionCodes != null) {
            return instance.drRegionCodes;
        }
        return world.dualActiveRegions.getOrDefault(world.regionOf(instance.projectId), List.of());
    }

    /** Classic storage: Cassandra with mode {@code Cluster} on the {@code rocksDB} engine. */
    private static void requireClassic(GeminiInstance instance) {
        if (!"cassandra".equals(instance.datastore.type()) || !"Cluster".equals(instance.mode)
                || !"rocksDB".equals(instance.engine)) {
            throw GeminiErrors.notClassic();
        }
    }
}
