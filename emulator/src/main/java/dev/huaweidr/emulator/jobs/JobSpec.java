package dev.huaweidr.emulator.jobs;

import java.util.List;
import java.util.Map;

/**
 * A job to start: which service shows it, its cloud-visible name, the effect {@code kind} applied when it
 * completes, the targets it locks meanwhile, and parameters for the effect.
 */
public record JobSpec(String service, String projectId, String name, String kind, List<String> targets,
                      Map<String, String> params) {

    public JobSpec {
        targets = List.copyOf(targets);
        params = Map.copyOf(params);
    }
}
