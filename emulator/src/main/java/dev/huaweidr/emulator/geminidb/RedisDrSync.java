package dev.huaweidr.emulator.geminidb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.http.Fields;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.jobs.JobEffect;
import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.RedisDrPair;
import dev.huaweidr.emulator.model.World;

import java.util.List;
import java.util.Map;

/**
 * Redis DR data synchronization (§3.9-3.10): pause and resume act per side and must be called on both
 * instances; the status shows the pair's progress (see {@link RedisDrRules#status}).
 */
final class RedisDrSync {
    private final GeminiInstances instances;

    RedisDrSync(GeminiInstances instances) {
        this.instances = instances;
        instances.jobs().register(RedisDrRules.PAUSE, (JobEffect) (world, job) ->
                RedisDrRules.pairOf(world, job).ifPresent(p -> {
                    p.paused.add(job.targets.get(0));
                    p.lastSyncAction = "pause";
                }));
        instances.jobs().register(RedisDrRules.RESUME, (JobEffect) (world, job) ->
                RedisDrRules.pairOf(world, job).ifPresent(p -> {
                    p.paused.remove(job.targets.get(0));
                    p.lastSyncAction = "resume";
                }));
    }

    Response status(Request request, World world) {
        GeminiInstance instance = instances.find(world, request);
        GeminiInstances.requireRedis(instance);
        RedisDrPair pair = world.drPairJoinedBy(instance.id).orElse(null);
        if (pair == null) {
            return Response.ok(Json.object().put("master_instance_id", "").put("slave_instance_id", "")
                    .put("status", "NA"));
        }
        String status = RedisDrRules.status(world, pair);
        ObjectNode body = Json.object().put("master_instance_id", pair.masterInstanceId)
                .put("slave_instance_id", pair.slaveInstanceId).put("status", status);
        if (instance.id.equals(pair.masterInstanceId) && pair.fullyConstructed()) {
            boolean syncing = "SYNCING".equals(status);
            body.putObject("data_sync_indicators")
                    .put("rsync_ops", syncing ? 1200 : 0).put("rsync_wal_size", syncing ? 3 : 0)
                    .put("rsync_push_cost", 850).put("rsync_send_cost", 700)
                    .put("rsync_max_push_cost", 4000).put("rsync_max_send_cost", 3500)
                    .put("rsync_status", syncing ? 1 : 0);
            body.putArray("rto_and_rpo_indicators")
                    .add(Json.object().put("scene", "SWITCHOVER").put("rpo", 0).put("rto", 30))
                    .add(Json.object().put("scene", "FAILOVER").put("rpo", 5).put("rto", 60));
        }
        return Response.ok(body);
    }

    Response pauseOrResume(Request request, World world) {
        GeminiInstance instance = instances.idle(world, request);
        GeminiInstances.requireRedis(instance);
        String action = Fields.of(request).text("action");
        if (!"pause".equals(action) && !"resume".equals(action)) {
            throw GeminiErrors.parameter("Invalid parameter: action must be pause or resume.");
        }
        RedisDrPair pair = world.drPairJoinedBy(instance.id).filter(RedisDrPair::fullyConstructed)
                .orElseThrow(() -> GeminiErrors.pairNotNormal("the instance is not in a constructed pair"));
        for (String member : List.of(pair.masterInstanceId, pair.slaveInstanceId)) {
            String status = world.geminiInstance(member).map(i -> i.status).orElse("missing");
            if (!"normal".equals(status)) {
                throw GeminiErrors.pairNotNormal("instance " + member + " is " + status);
            }
        }
        String status = RedisDrRules.status(world, pair);
        boolean pause = "pause".equals(action);
        boolean allowed = pause
                ? !pair.paused.contains(instance.id) && List.of("SYNCING", "SUSPENDING").contains(status)
                : pair.paused.contains(instance.id) && List.of("SUSPENDED", "RECOVERYING").contains(status);
        if (!allowed) {
            throw GeminiErrors.pairNotNormal("cannot " + action + " this side while the pair is " + status);
        }
        Job job = instances.startJob(world, request, pause ? "PauseDisasterRecovery" : "ResumeDisasterRecovery",
                pause ? RedisDrRules.PAUSE : RedisDrRules.RESUME, List.of(instance.id), Map.of("pair", pair.id));
        return Response.accepted(Json.object().put("job_id", job.id));
    }
}
