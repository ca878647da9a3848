package dev.huaweidr.emulator.geminidb;

import dev.huaweidr.emulator.auth.Hashing;
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
import java.util.UUID;

/**
 * Redis DR precheck, construction and deconstruction (§3.6-3.8). The primary's call creates the
 * relationship and returns its id; the standby's call must name that id, the primary as its peer and the
 * same password. A failed primary construction removes the relationship (its id becomes unknown); a failed
 * standby construction leaves the half-built pair (status NEW) so the standby call can be retried.
 */
final class RedisDrConstruction {
    private static final String CONSTRUCT = "geminidb.redis_dr.construct";
    private static final String DECONSTRUCT = "geminidb.redis_dr.deconstruct";

    private final GeminiInstances instances;

    RedisDrConstruction(GeminiInstances instances) {
        this.instances = instances;
        instances.jobs().register(CONSTRUCT, new JobEffect() {
            @Override
            public void succeed(World world, Job job) {
                RedisDrRules.pairOf(world, job).ifPresent(p -> p.constructed.add(job.targets.get(0)));
            }

            @Override
            public void fail(World world, Job job) {
                RedisDrRules.pairOf(world, job).ifPresent(p -> constructionFailed(world, p, job.targets.get(0)));
            }
        });
        instances.jobs().register(DECONSTRUCT, (JobEffect) (world, job) ->
                RedisDrRules.pairOf(world, job).ifPresent(p -> leave(world, p, job.targets.get(0))));
    }

    Response precheck(Request request, World world) {
        GeminiInstance instance = instances.idle(world, request);
        GeminiInstances.requireRedis(instance);
        Fields body = Fields.of(request);
        String operation = body.text("operation");
        if ("construction".equals(operation)) {
            Fields peer = body.object("disaster_recovery_instance");
            String vpcCidr = peer.text("vpc_cidr");
            peer.text("spec_code");
            peer.texts("node_ips");
            GeminiInstances.requireNormal(instance);
            RedisDrRules.requireFit(world, instance);
            RedisDrRules.requireCidrAllowed(vpcCidr);
            if (world.drPairJoinedBy(instance.id).isPresent()) {
                throw GeminiErrors.notAllowed("the instance is already in a disaster recovery relationship");
            }
        } else if ("deconstruction".equals(operation)) {
            requireMember(world, instance);
        } else {
            throw GeminiErrors.parameter("Invalid parameter: operation must be construction or deconstruction.");
        }
        return Response.noContent();
    }

    Response construct(Request request, World world) {
        GeminiInstance instance = instances.idle(world, request);
        GeminiInstances.requireRedis(instance);
        Fields body = Fields.of(request);
        String alias = body.text("alias");
        String passwordHash = Hashing.sha256Hex(body.text("password"));
        String role = body.text("instance_role");
        String pairId = body.optionalText("id");
        Fields peerFields = body.object("disaster_recovery_instance");
        String peerId = peerFields.text("id");
        String peerRegion = peerFields.text("region_code");
        List<String> peerCidrs = peerFields.texts("subnet_cidrs");
        peerFields.texts("node_ips");
        GeminiInstances.requireNormal(instance);
        RedisDrRules.requireFit(world, instance);
        peerCidrs.forEach(RedisDrRules::requireCidrAllowed);
        GeminiInstance peer = peer(world, instance, peerId, peerRegion);
        RedisDrRules.requireFit(world, peer);
        RedisDrPair pair;
        if ("master".equals(role)) {
            pair = newPair(world, instance, peer, pairId, alias, passwordHash);
        } else if ("slave".equals(role)) {
            pair = joinAsStandby(world, instance, peer, pairId, passwordHash);
        } else {
            throw GeminiErrors.parameter("Invalid parameter: instance_role must be master or slave.");
        }
        pair.joined.add(instance.id);
        Job job = instances.startJob(world, request, "ConstructDisasterRecovery", CONSTRUCT, List.of(instance.id),
                Map.of("pair", pair.id));
        return Response.accepted(Json.object().put("job_id", job.id).put("disaster_recovery_id", pair.id));
    }

    Response deconstruct(Request request, World world) {
        GeminiInstance instance = instances.idle(world, request);
        GeminiInstances.requireRedis(instance);
        RedisDrPair pair = requireMember(world, instance);
        Job job = instances.startJob(world, request, "DeConstructDisasterRecovery", DECONSTRUCT,
                List.of(instance.id), Map.of("pair", pair.id));
        return Response.accepted(Json.object().put("job_id", job.id));
    }

    private static RedisDrPair requireMember(World world, GeminiInstance instance) {
        return world.drPairJoinedBy(instance.id).orElseThrow(() ->
                GeminiErrors.notAllowed("the instance is not in a disaster recovery relationship"));
    }

    private static GeminiInstance peer(World world, GeminiInstance instance, String peerId, String region) {
        String project = world.projectOfRegion(region).map(p -> p.id()).orElse("");
        return world.geminiInstance(peerId)
                .filter(p -> p.projectId.equals(project) && !p.id.equals(instance.id)
                        && "redis".equals(p.datastore.type()))
                .orElseThrow(() -> GeminiErrors.parameter("Invalid parameter: disaster_recovery_instance "
                        + peerId + " is not a GeminiDB Redis instance in region " + region + "."));
    }

    private static RedisDrPair newPair(World world, GeminiInstance primary, GeminiInstance standby, String pairId,
                                       String alias, String passwordHash) {
        if (pairId != null) {
            throw GeminiErrors.parameter("Invalid parameter: id must be omitted on the primary's construction.");
        }
        if (world.drPairReferencing(primary.id).isPresent() || world.drPairReferencing(standby.id).isPresent()) {
            throw GeminiErrors.notAllowed("an instance is already in a disaster recovery relationship");
        }
        RedisDrPair pair = new RedisDrPair();
        pair.id = UUID.randomUUID().toString();
        pair.alias = alias;
        pair.passwordSha256 = passwordHash;
        pair.masterInstanceId = primary.id;
        pair.slaveInstanceId = standby.id;
        world.redisDrPairs.add(pair);
        return pair;
    }

    private static RedisDrPair joinAsStandby(World world, GeminiInstance standby, GeminiInstance primary,
                                             String pairId, String passwordHash) {
        if (pairId == null) {
            throw GeminiErrors.standbyMismatch("the id returned by the primary's construction is missing");
        }
        RedisDrPair pair = world.drPair(pairId)
                .filter(p -> p.slaveInstanceId.equals(standby.id) && p.masterInstanceId.equals(primary.id))
                .orElseThrow(() -> GeminiErrors.standbyMismatch("no relationship " + pairId
                        + " between primary " + primary.id + " and this instance"));
        if (!pair.passwordSha256.equals(passwordHash)) {
            throw GeminiErrors.standbyMismatch("the password differs from the primary's");
        }
        if (pair.joined.contains(standby.id)) {
            throw GeminiErrors.notAllowed("the standby is already constructed");
        }
        return pair;
    }

    private static void constructionFailed(World world, RedisDrPair pair, String instanceId) {
        if (instanceId.equals(pair.masterInstanceId)) {
            world.redisDrPairs.remove(pair);
        } else {
            pair.joined.remove(instanceId);
        }
    }

    private static void leave(World world, RedisDrPair pair, String instanceId) {
        pair.joined.remove(instanceId);
        pair.constructed.remove(instanceId);
        pair.paused.remove(instanceId);
        if (pair.joined.isEmpty()) {
            world.redisDrPairs.remove(pair);
        }
    }
}
