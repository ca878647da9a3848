package dev.huaweidr.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.model.DualActiveInfo;
import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.RedisDrPair;
import dev.huaweidr.emulator.model.World;

import java.util.ArrayList;
import java.util.List;

/** Drift: changes made "behind the provider's back", applied at once without jobs. */
final class OutOfBandChanges {
    private OutOfBandChanges() {
    }

    static Response geminidb(Request request, World world) {
        String id = request.pathVar("instance_id");
        GeminiInstance instance = world.geminiInstance(id)
                .orElseThrow(() -> AdminErrors.notFound("no GeminiDB instance " + id));
        JsonNode body = request.jsonBody();
        String action = body.path("action").asText();
        switch (action) {
            case "deconstruct_dr" -> world.redisDrPairs.remove(pair(world, id));
            case "pause_sync" -> {
                RedisDrPair pair = pair(world, id);
                pair.paused.addAll(List.of(pair.masterInstanceId, pair.slaveInstanceId));
                pair.lastSyncAction = "pause";
            }
            case "resume_sync" -> {
                RedisDrPair pair = pair(world, id);
                pair.paused.clear();
                pair.lastSyncAction = "resume";
            }
            case "failover" -> pair(world, id).swapRoles();
            case "remove_dual_active" -> world.removeDualActive(instance);
            case "swap_dual_active_roles" -> swapDualActiveRoles(world, instance);
            case "set_status" -> instance.status = requiredText(body, "status");
            case "set_actions" -> instance.actions = texts(body.path("actions"));
            default -> throw unknownAction(action, "deconstruct_dr, pause_sync, resume_sync, failover, "
                    + "remove_dual_active, swap_dual_active_roles, set_status, set_actions");
        }
        return done();
    }

    /** A DR task's status or sync period, or its removal; or a cluster's status (the id names either). */
    static Response dws(Request request, World world) {
        String id = request.pathVar("disaster_recovery_id");
        if (world.dwsCluster(id).isPresent()) {
            String status = statusToSet(request);
            world.dwsClusters.replaceAll(c -> c.id().equals(id) ? c.withStatus(status) : c);
            return done();
        }
        var task = world.dwsTask(id).orElseThrow(() -> AdminErrors.notFound("no DWS DR task or cluster " + id));
        JsonNode body = request.jsonBody();
        String action = body.path("action").asText();
        switch (action) {
            case "set_status" -> task.status = requiredText(body, "status");
            case "set_sync_period" -> task.drSyncPeriod = requiredText(body, "dr_sync_period");
            case "delete" -> world.dwsDrTasks.remove(task);
            default -> throw unknownAction(action, "set_status, set_sync_period, delete");
        }
        return done();
    }

    static Response dcs(Request request, World world) {
        String id = request.pathVar("instance_id");
        var instance = world.dcsInstance(id).orElseThrow(() -> AdminErrors.notFound("no DCS instance " + id));
        instance.status = statusToSet(request);
        return done();
    }

    /** The link's {@code master} and {@code slave} roles trade places on both instances. */
    private static void swapDualActiveRoles(World world, GeminiInstance instance) {
        DualActiveInfo info = instance.dualActiveInfo;
        if (info == null) {
            throw AdminErrors.conflict("instance " + instance.id + " is in no active-active link");
        }
        GeminiInstance peer = world.geminiInstance(info.destinationInstanceId()).orElseThrow();
        DualActiveInfo peerInfo = peer.dualActiveInfo;
        instance.dualActiveInfo = new DualActiveInfo(peerInfo.role(), info.status(), info.destinationInstanceId(),
                info.destinationRegion());
        peer.dualActiveInfo = new DualActiveInfo(info.role(), peerInfo.status(), peerInfo.destinationInstanceId(),
                peerInfo.destinationRegion());
    }

    private static RedisDrPair pair(World world, String instanceId) {
        return world.drPairReferencing(instanceId)
                .orElseThrow(() -> AdminErrors.conflict("instance " + instanceId + " is in no Redis DR pair"));
    }

    /** The status of a {@code {"action":"set_status","status":"..."}} body, the only DWS cluster/DCS change. */
    private static String statusToSet(Request request) {
        JsonNode body = request.jsonBody();
        String action = body.path("action").asText();
        if (!"set_status".equals(action)) {
            throw unknownAction(action, "set_status");
        }
        return requiredText(body, "status");
    }

    private static String requiredText(JsonNode body, String field) {
        String value = body.path(field).asText("");
        if (value.isBlank()) {
            throw AdminErrors.badRequest(field + " is required");
        }
        return value;
    }

    private static List<String> texts(JsonNode array) {
        if (!array.isArray()) {
            throw AdminErrors.badRequest("actions must be an array of strings");
        }
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }

    private static RuntimeException unknownAction(String action, String known) {
        return AdminErrors.badRequest("unknown action '" + action + "'; known: " + known);
    }

    private static Response done() {
        return Response.ok(Json.object().put("ok", true));
    }
}
