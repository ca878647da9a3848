package dev.huaweidr.emulator.seed;

import dev.huaweidr.emulator.model.AccessKey;
import dev.huaweidr.emulator.model.DcsInstance;
import dev.huaweidr.emulator.model.DwsCluster;
import dev.huaweidr.emulator.model.DwsDrTask;
import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.Project;
import dev.huaweidr.emulator.model.RedisDrPair;
import dev.huaweidr.emulator.model.Subnet;
import dev.huaweidr.emulator.model.World;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks what JSON mapping cannot: required fields, unique ids, and that every reference resolves. */
final class SeedValidator {
    private static final Pattern CIDR = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
    private static final Set<String> DWS_STATUSES = Set.of("creating", "create_failed", "unstart", "starting",
            "start_failed", "running", "stopping", "stop_failed", "switchovering", "abnormal", "deleting");

    private final String source;
    private final World world;

    SeedValidator(String source, World world) {
        this.source = source;
        this.world = world;
    }

    void validate() {
        require(!world.projects.isEmpty(), "projects", "at least one project is needed");
        unique(world.projects, Project::id, "projects");
        for (int i = 0; i < world.projects.size(); i++) {
            Project p = world.projects.get(i);
            String where = "projects[" + i + "]";
            present(p.id(), where, "id");
            present(p.region(), where, "region");
        }
        world.credentials.tokens().forEach(t -> present(t, "credentials.tokens", "token"));
        for (AccessKey key : world.credentials.accessKeys()) {
            present(key.accessKey(), "credentials.access_keys", "access_key");
            present(key.secretKey(), "credentials.access_keys (" + key.accessKey() + ")", "secret_key");
        }
        world.dualActiveRegions.forEach((region, targets) -> {
            knownRegion(region, "dual_active_regions");
            targets.forEach(t -> knownRegion(t, "dual_active_regions." + region));
        });
        validateSubnets();
        validateGeminiInstances();
        validateDrPairs();
        validateDws();
        validateDcs();
    }

    private void validateSubnets() {
        unique(world.vpcSubnets, Subnet::id, "vpc_subnets");
        for (Subnet s : world.vpcSubnets) {
            String where = "vpc_subnets (" + s.id() + ")";
            present(s.id(), "vpc_subnets", "id");
            knownProject(s.projectId(), where);
            present(s.vpcId(), where, "vpc_id");
            require(s.cidr() != null && CIDR.matcher(s.cidr()).matches(), where, "cidr must look like 10.0.1.0/24");
        }
    }

    private void validateGeminiInstances() {
        unique(world.geminidbInstances, i -> i.id, "geminidb_instances");
        for (GeminiInstance i : world.geminidbInstances) {
            String where = entity("geminidb_instances", "id", i.id, i.name, i.projectId);
            require(i.datastore != null && i.datastore.type() != null && i.datastore.version() != null, where,
                    "datastore needs type and version");
            present(i.mode, where, "mode");
            require(i.port > 0 && i.port < 65536, where, "port must be 1..65535");
            require(world.subnet(i.subnetId).filter(s -> s.projectId().equals(i.projectId)).isPresent(), where,
                    "subnet_id '" + i.subnetId + "' is not a subnet of project '" + i.projectId + "'");
            require(!i.nodeIps().isEmpty() && i.nodeIps().stream().allMatch(ip -> ip != null && !ip.isBlank()),
                    where, "groups need at least one node, each with a private_ip");
            if (i.dualActiveInfo != null) {
                require(world.geminiInstance(i.dualActiveInfo.destinationInstanceId()).isPresent(), where,
                        "dual_active_info.destination_instance_id is unknown");
            }
        }
    }

    private void validateDrPairs() {
        unique(world.redisDrPairs, p -> p.id, "redis_dr_pairs");
        for (RedisDrPair p : world.redisDrPairs) {
            String where = "redis_dr_pairs (" + p.id + ")";
            present(p.id, "redis_dr_pairs", "id");
            present(p.passwordSha256, where, "password_sha256");
            require(world.geminiInstance(p.masterInstanceId).isPresent(), where, "master_instance_id is unknown");
            require(world.geminiInstance(p.slaveInstanceId).isPresent(), where, "slave_instance_id is unknown");
        }
    }

    private void validateDws() {
        unique(world.dwsClusters, DwsCluster::id, "dws_clusters");
        for (DwsCluster c : world.dwsClusters) {
            entity("dws_clusters", "id", c.id(), c.name(), c.projectId());
        }
        unique(world.dwsDrTasks, t -> t.id, "dws_dr_tasks");
        for (DwsDrTask t : world.dwsDrTasks) {
            String where = entity("dws_dr_tasks", "id", t.id, t.name, t.projectId);
            require(world.dwsCluster(t.primaryClusterId).isPresent(), where, "primary_cluster_id is unknown");
            require(world.dwsCluster(t.standbyClusterId).isPresent(), where, "standby_cluster_id is unknown");
            require(DWS_STATUSES.contains(t.status), where, "status must be one of " + DWS_STATUSES);
        }
    }

    private void validateDcs() {
        unique(world.dcsInstances, i -> i.instanceId, "dcs_instances");
        for (DcsInstance i : world.dcsInstances) {
            String where = entity("dcs_instances", "instance_id", i.instanceId, i.name, i.projectId);
            present(i.cacheMode, where, "cache_mode");
        }
    }

    /** Checks the id, name and project every seeded resource has; returns how messages name it. */
    private String entity(String list, String idField, String id, String name, String projectId) {
        present(id, list, idField);
        String where = list + " (" + id + ")";
        present(name, where, "name");
        knownProject(projectId, where);
        return where;
    }

    private void knownProject(String projectId, String where) {
        require(projectId != null && world.project(projectId).isPresent(), where,
                "project_id '" + projectId + "' is not one of the seed's projects");
    }

    private void knownRegion(String region, String where) {
        require(world.projectOfRegion(region).isPresent(), where, "region '" + region + "' has no project");
    }

    private void present(String value, String where, String field) {
        require(value != null && !value.isBlank(), where, field + " is missing");
    }

    private <T> void unique(List<T> items, Function<T, String> id, String where) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            require(value == null || seen.add(value), where, "id '" + value + "' appears twice");
        }
    }

    private void require(boolean condition, String where, String problem) {
        if (!condition) {
            throw new SeedException(source + ": " + where + ": " + problem);
        }
    }
}
