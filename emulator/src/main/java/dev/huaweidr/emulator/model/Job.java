package dev.huaweidr.emulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An asynchronous operation. It locks its targets (instances or a DR task) while running and applies its
 * effect, identified by {@code kind}, when it completes. Plain data so that state files can hold it.
 */
public final class Job {
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    public String id;
    /** {@code geminidb}, {@code dws} or {@code dcs}: whose jobs API shows it. */
    public String service;
    public String projectId;
    /** The name the cloud shows, e.g. {@code ConstructDisasterRecovery} or {@code masterStandbySwapJob}. */
    public String name;
    public String kind;
    public List<String> targets = new ArrayList<>();
    public Map<String, String> params = new LinkedHashMap<>();
    public long startMillis;
    public long durationMillis;
    /** Set by an injected fault: the job fails with this reason instead of taking effect. */
    public String plannedFailReason;
    public String status = RUNNING;
    public Long endMillis;
    public String failReason;

    public boolean running() {
        return RUNNING.equals(status);
    }

    public long dueMillis() {
        return startMillis + durationMillis;
    }

    public String param(String key) {
        return params.get(key);
    }
}
