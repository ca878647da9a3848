package dev.huaweidr.emulator.dcs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.model.DcsInstance;
import dev.huaweidr.emulator.model.DcsNode;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DCS v2 response bodies. */
final class DcsViews {
    private DcsViews() {
    }

    /** The instance; {@code task} appears only while a background job runs (shape is an emulator choice). */
    static ObjectNode instance(World world, DcsInstance i, Job runningJob) {
        ObjectNode node = Json.object().put("instance_id", i.instanceId).put("name", i.name).put("status", i.status)
                .put("engine", i.engine).put("engine_version", i.engineVersion).put("cache_mode", i.cacheMode)
                .put("spec_code", i.specCode).put("capacity", i.capacity).put("port", i.port)
                .put("ip", i.ip).put("domain_name", "redis-" + i.instanceId + ".dcs.example.internal")
                .put("vpc_id", i.vpcId).put("subnet_id", i.subnetId)
                .put("subnet_cidr", world.subnet(i.subnetId).map(s -> s.cidr()).orElse(""))
                .put("security_group_id", i.securityGroupId)
                .put("replica_count", i.nodes.stream().filter(n -> "slave".equals(n.nodeType)).count())
                .put("sharding_count", i.nodes.stream().filter(n -> "master".equals(n.nodeType)).count())
                .put("created_at", i.createdAt).put("launched_at", i.createdAt)
                .put("region", world.regionOf(i.projectId));
        ArrayNode azs = node.putArray("az_codes");
        i.azCodes.forEach(azs::add);
        if ("ha".equals(i.cacheMode)) {
            node.put("readonly_domain_name", "readonly-" + i.instanceId + ".dcs.example.internal");
        }
        if (runningJob != null) {
            node.putObject("task").put("id", runningJob.id).put("name", "MasterStandbySwap")
                    .put("status", "RUNNING");
        }
        return node;
    }

    static ObjectNode logicalNodes(DcsInstance i) {
        ObjectNode body = Json.object().put("instance_id", i.instanceId).put("total", i.nodes.size());
        ArrayNode nodes = body.putArray("nodes");
        for (DcsNode n : i.nodes) {
            nodes.addObject().put("logical_node_id", n.logicalNodeId).put("name", n.name).put("status", n.status)
                    .put("az_code", n.azCode).put("node_role", n.nodeRole).put("node_type", n.nodeType)
                    .put("node_ip", n.nodeIp).put("node_port", String.valueOf(n.nodePort))
                    .put("node_id", n.nodeId).put("priority_weight", 100).put("is_access", true)
                    .put("group_id", n.groupId).put("group_name", n.groupName).put("is_remove_ip", false)
                    .put("replication_id", replicationId(n));
        }
        return body;
    }

    /**
     * The shards with their master and replicas, in the order the nodes list them; nodes in no group (proxies)
     * are in none. {@code node_id} is what the shard switchover promotes.
     */
    static ObjectNode groups(DcsInstance i) {
        Map<String, List<DcsNode>> byGroup = new LinkedHashMap<>();
        i.nodes.stream().filter(n -> n.groupId != null)
                .forEach(n -> byGroup.computeIfAbsent(n.groupId, g -> new ArrayList<>()).add(n));
        ObjectNode body = Json.object().put("group_count", byGroup.size());
        ArrayNode groups = body.putArray("group_list");
        byGroup.forEach((groupId, nodes) -> {
            ObjectNode group = groups.addObject().put("group_id", groupId).put("group_name", nodes.get(0).groupName);
            ArrayNode replications = group.putArray("replication_list");
            for (DcsNode n : nodes) {
                replications.addObject().put("replication_role", n.nodeType).put("replication_ip", n.nodeIp)
                        .put("is_replication", false).put("replication_id", replicationId(n))
                        .put("node_id", n.nodeId).put("status", n.status).put("az_code", n.azCode)
                        .putArray("dimensions");
            }
        });
        return body;
    }

    /** DCS's replication id is not the node id (the shard switchover takes the node id): kept apart here too. */
    private static String replicationId(DcsNode n) {
        return n.logicalNodeId;
    }

    /** Job status: INIT during the first fifth of its duration, then RUNNING; times are epoch-ms strings. */
    static ObjectNode job(Job job, int percentDone) {
        String status = switch (job.status) {
            case Job.RUNNING -> percentDone < 20 ? "INIT" : "RUNNING";
            case Job.SUCCEEDED -> "SUCCESS";
            default -> "FAIL";
        };
        ObjectNode node = Json.object().put("job_id", job.id).put("job_type", job.name).put("status", status)
                .put("begin_time", String.valueOf(job.startMillis))
                .put("end_time", job.endMillis == null ? "" : String.valueOf(job.endMillis));
        return job.failReason == null ? node.putNull("fail_reason") : node.put("fail_reason", job.failReason);
    }
}
