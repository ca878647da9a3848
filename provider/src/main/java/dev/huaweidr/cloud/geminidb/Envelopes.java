package dev.huaweidr.cloud.geminidb;

import java.util.List;

/** The JSON envelopes GeminiDB wraps its models in; they never leave this package. */
final class Envelopes {
    private Envelopes() {
    }

    record InstanceList(Integer totalCount, List<Instance> instances) {
        InstanceList {
            instances = instances == null ? List.of() : instances;
        }
    }

    record JobList(Integer totalCount, List<Job> jobs) {
        JobList {
            jobs = jobs == null ? List.of() : jobs;
        }
    }

    record JobId(String jobId) {
    }

    record RegionCodes(List<String> regionCodes) {
        RegionCodes {
            regionCodes = regionCodes == null ? List.of() : regionCodes;
        }
    }

    record Role(String role) {
    }

    record DualActiveRequest(String destinationRegion, String destinationInstanceId) {
    }

    record SyncAction(String action) {
    }

    record Force(boolean force) {
    }
}
