package dev.huaweidr.emulator.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A GeminiDB Redis DR relationship. It exists from the primary's construction call on. Each side
 * "joins" when its construction call is accepted and is "constructed" when its construction job completed;
 * pause/resume likewise act per side. The password is kept only as a SHA-256 hash.
 */
public final class RedisDrPair {
    public String id;
    public String alias;
    public String passwordSha256;
    public String masterInstanceId;
    public String slaveInstanceId;
    public Set<String> joined = new LinkedHashSet<>();
    public Set<String> constructed = new LinkedHashSet<>();
    public Set<String> paused = new LinkedHashSet<>();
    /** {@code pause} or {@code resume}: tells a half-paused pair's direction (SUSPENDING vs RECOVERYING). */
    public String lastSyncAction;
    /** switchover-slave completed on the primary; switchover-master on the standby may now promote it. */
    public boolean masterDemoted;

    public boolean references(String instanceId) {
        return instanceId.equals(masterInstanceId) || instanceId.equals(slaveInstanceId);
    }

    public boolean fullyConstructed() {
        return constructed.contains(masterInstanceId) && constructed.contains(slaveInstanceId);
    }

    public String peerOf(String instanceId) {
        return instanceId.equals(masterInstanceId) ? slaveInstanceId : masterInstanceId;
    }

    /** The standby becomes the primary and the old primary the standby. */
    public void swapRoles() {
        String oldMaster = masterInstanceId;
        masterInstanceId = slaveInstanceId;
        slaveInstanceId = oldMaster;
        masterDemoted = false;
    }
}
