package dev.huaweidr.emulator.dcs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.model.DcsInstance;
import dev.huaweidr.emulator.model.DcsNode;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

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
                    .put("replication_id", n.nodeId);
        }
        return body;
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
