package dev.huaweidr.emulator.geminidb;

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
 * Redis DR roles, switchover and failover (§3.11-3.12). Planned: switchover-slave on the primary (which
 * marks it demoted), then switchover-master on the standby swaps the roles. Failover: switchover-master
 * {@code {"force":true}} on the standby alone swaps the roles whatever the primary's state.
 */
final class RedisDrSwitchover {
    private static final String DEMOTE = "geminidb.redis_dr.demote";
    private static final String PROMOTE = "geminidb.redis_dr.promote";

    private final GeminiInstances instances;

    RedisDrSwitchover(GeminiInstances instances) {
        this.instances = instances;
        instances.jobs().register(DEMOTE, (JobEffect) (world, job) -> RedisDrRules.pairOf(world, job)
                .filter(p -> p.masterInstanceId.equals(job.targets.get(0)))
                .ifPresent(p -> p.masterDemoted = true));
        instances.jobs().register(PROMOTE, (JobEffect) (world, job) -> RedisDrRules.pairOf(world, job)
                .filter(p -> p.slaveInstanceId.equals(job.targets.get(0)))
                .ifPresent(RedisDrPair::swapRoles));
    }

    Response role(Request request, World world) {
        GeminiInstance instance = instances.find(world, request);
        GeminiInstances.requireRedis(instance);
        String role = world.drPairJoinedBy(instance.id)
                .map(p -> instance.id.equals(p.masterInstanceId) ? "master" : "slave").orElse("");
        return Response.ok(Json.object().put("role", role));
    }

    Response demotePrimary(Request request, World world) {
        GeminiInstance instance = switchable(request, world);
        RedisDrPair pair = constructedPair(world, instance);
        if (!instance.id.equals(pair.masterInstanceId)) {
            throw GeminiErrors.notAllowed("switchover-slave must be called on the primary");
        }
        String status = RedisDrRules.status(world, pair);
        if (!"SYNCING".equals(status) || pair.masterDemoted) {
            throw GeminiErrors.notAllowed("a planned switchover needs a syncing pair; it is "
                    + (pair.masterDemoted ? "already switching over" : status));
        }
        return startSwitchover(request, world, instance, pair, DEMOTE);
    }

    Response promoteStandby(Request request, World world) {
        GeminiInstance instance = switchable(request, world);
        boolean force = request.optionalJsonBody().path("force").asBoolean(false);
        RedisDrPair pair = constructedPair(world, instance);
        if (!instance.id.equals(pair.slaveInstanceId)) {
            throw GeminiErrors.notAllowed("switchover-master must be called on the standby");
        }
        if (!force && !pair.masterDemoted) {
            throw GeminiErrors.notAllowed("call switchover-slave on the primary first, or force the promotion");
        }
        return startSwitchover(request, world, instance, pair, PROMOTE);
    }

    private GeminiInstance switchable(Request request, World world) {
        GeminiInstance instance = instances.idle(world, request);
        GeminiInstances.requireRedis(instance);
        GeminiInstances.requireNormal(instance);
        return instance;
    }

    private static RedisDrPair constructedPair(World world, GeminiInstance instance) {
        return world.drPairJoinedBy(instance.id).filter(RedisDrPair::fullyConstructed)
                .orElseThrow(() -> GeminiErrors.notAllowed("the instance is not in a constructed DR pair"));
    }

    private Response startSwitchover(Request request, World world, GeminiInstance instance, RedisDrPair pair,
                                     String kind) {
        Job job = instances.startJob(world, request, "SwitchOverDisasterRecovery", kind, List.of(instance.id),
                Map.of("pair", pair.id));
        return Response.accepted(Json.object().put("job_id", job.id));
    }
}
