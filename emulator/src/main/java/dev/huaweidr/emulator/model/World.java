package dev.huaweidr.emulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the emulator knows: the topology from the seed plus what API calls changed since. The seed
 * file, the state file and {@code GET /_emulator/state} all use this shape. Not thread-safe: only the
 * {@link Store} hands it out, under its lock.
 */
public final class World {
    public String domainId = "emulator-domain";
    public Credentials credentials = new Credentials(List.of(), List.of());
    public List<Project> projects = new ArrayList<>();
    /** Per region: the regions a Cassandra active-active link may go to (instances may override). */
    public Map<String, List<String>> dualActiveRegions = new LinkedHashMap<>();
    public List<Subnet> vpcSubnets = new ArrayList<>();
    public List<GeminiInstance> geminidbInstances = new ArrayList<>();
    public List<RedisDrPair> redisDrPairs = new ArrayList<>();
    public List<DwsCluster> dwsClusters = new ArrayList<>();
    public List<DwsDrTask> dwsDrTasks = new ArrayList<>();
    public List<DcsInstance> dcsInstances = new ArrayList<>();
    public List<Job> jobs = new ArrayList<>();

    public Optional<Project> project(String projectId) {
        return projects.stream().filter(p -> p.id().equals(projectId)).findFirst();
    }

    public Optional<Project> projectOfRegion(String region) {
        return projects.stream().filter(p -> p.region().equals(region)).findFirst();
    }

    public String regionOf(String projectId) {
        return project(projectId).map(Project::region).orElse("");
    }

    public Optional<Subnet> subnet(String subnetId) {
        return vpcSubnets.stream().filter(s -> s.id().equals(subnetId)).findFirst();
    }

    public Optional<GeminiInstance> geminiInstance(String instanceId) {
        return geminidbInstances.stream().filter(i -> i.id.equals(instanceId)).findFirst();
    }

    public Optional<RedisDrPair> drPair(String pairId) {
        return redisDrPairs.stream().filter(p -> p.id.equals(pairId)).findFirst();
    }

    /** The DR pair naming this instance as primary or standby, whether or not it joined yet. */
    public Optional<RedisDrPair> drPairReferencing(String instanceId) {
        return redisDrPairs.stream().filter(p -> p.references(instanceId)).findFirst();
    }

    /** The DR pair this instance is a member of (its construction call was accepted). */
    public Optional<RedisDrPair> drPairJoinedBy(String instanceId) {
        return redisDrPairs.stream().filter(p -> p.joined.contains(instanceId)).findFirst();
    }

    public Optional<DwsCluster> dwsCluster(String clusterId) {
        return dwsClusters.stream().filter(c -> c.id().equals(clusterId)).findFirst();
    }

    public Optional<DwsDrTask> dwsTask(String taskId) {
        return dwsDrTasks.stream().filter(t -> t.id.equals(taskId)).findFirst();
    }

    public Optional<DcsInstance> dcsInstance(String instanceId) {
        return dcsInstances.stream().filter(i -> i.instanceId.equals(instanceId)).findFirst();
    }

    public Optional<Job> job(String jobId) {
        return jobs.stream().filter(j -> j.id.equals(jobId)).findFirst();
    }

    /** Removes the active-active link from this instance and from its peer. */
    public void removeDualActive(GeminiInstance instance) {
        if (instance.dualActiveInfo != null) {
            geminiInstance(instance.dualActiveInfo.destinationInstanceId()).ifPresent(p -> p.dualActiveInfo = null);
            instance.dualActiveInfo = null;
        }
    }
}
