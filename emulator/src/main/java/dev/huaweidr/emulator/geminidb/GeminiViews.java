package dev.huaweidr.emulator.geminidb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.jobs.JobEngine;
import dev.huaweidr.emulator.model.GeminiGroup;
import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.GeminiNode;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** GeminiDB response bodies, shaped as the v3 API shows them. */
final class GeminiViews {
    private static final DateTimeFormatter JOB_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    private GeminiViews() {
    }

    static ObjectNode instance(World world, GeminiInstance i, List<String> actions) {
        ObjectNode node = Json.object()
                .put("id", i.id).put("name", i.name).put("status", i.status)
                .put("port", String.valueOf(i.port))
                .put("region", world.regionOf(i.projectId))
                .put("availability_zone", i.availabilityZone)
                .put("mode", i.mode).put("engine", i.engine)
                .put("created", i.created).put("updated", i.created)
                .put("db_user_name", "rwuser")
                .put("vpc_id", i.vpcId).put("subnet_id", i.subnetId).put("security_group_id", i.securityGroupId)
                .put("pay_mode", "0").put("maintenance_window", "02:00-06:00").put("time_zone", "")
                .put("enterprise_project_id", "0");
        node.putObject("datastore").put("type", i.datastore.type()).put("version", i.datastore.version())
                .put("patch_available", false).put("whole_version", i.datastore.version() + ".0");
        node.putObject("backup_strategy").put("start_time", "00:00-01:00").put("keep_days", 7);
        ArrayNode groups = node.putArray("groups");
        for (GeminiGroup g : i.groups) {
            groups.add(group(i, g));
        }
        ArrayNode actionList = node.putArray("actions");
        actions.forEach(actionList::add);
        if (i.dualActiveInfo != null) {
            node.putObject("dual_active_info")
                    .put("role", i.dualActiveInfo.role())
                    .put("status", i.dualActiveInfo.status())
                    .put("destination_instance_id", i.dualActiveInfo.destinationInstanceId())
                    .put("destination_region", i.dualActiveInfo.destinationRegion());
        }
        return node;
    }

    private static ObjectNode group(GeminiInstance i, GeminiGroup g) {
        ObjectNode group = Json.object().put("id", g.id()).put("status", "normal");
        group.putObject("volume").put("size", String.valueOf(g.volumeSize())).put("used", "0.5");
        ArrayNode nodes = group.putArray("nodes");
        for (GeminiNode n : g.nodes()) {
            nodes.addObject().put("id", n.id()).put("name", n.name()).put("status", "normal")
                    .put("subnet_id", i.subnetId).put("private_ip", n.privateIp()).put("public_ip", "")
                    .put("spec_code", n.specCode()).put("availability_zone", n.availabilityZone())
                    .put("support_reduce", false);
        }
        return group;
    }

    static ObjectNode job(World world, JobEngine jobs, Job job) {
        String instanceId = job.targets.get(0);
        String instanceName = world.geminiInstance(instanceId).map(i -> i.name).orElse("");
        ObjectNode node = Json.object()
                .put("id", job.id).put("name", job.name).put("status", status(job))
                .put("start_time", JOB_TIME.format(Instant.ofEpochMilli(job.startMillis)))
                .put("end_time", job.endMillis == null ? "" : JOB_TIME.format(Instant.ofEpochMilli(job.endMillis)))
                .put("progress", job.running() ? jobs.percentDone(job) + "%" : "")
                .put("fail_reason", job.failReason == null ? "" : job.failReason);
        node.putObject("instance").put("id", instanceId).put("name", instanceName);
        return node;
    }

    static String status(Job job) {
        return switch (job.status) {
            case Job.RUNNING -> "Running";
            case Job.SUCCEEDED -> "Completed";
            default -> "Failed";
        };
    }
}
