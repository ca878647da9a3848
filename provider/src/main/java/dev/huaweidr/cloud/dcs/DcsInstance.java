package dev.huaweidr.cloud.dcs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A DCS instance (spec §5.4). Roles are not here: see {@link Dcs#logicalNodes}.
 *
 * @param status    {@code RUNNING}, {@code ERROR}, {@code RESTARTING}, {@code FROZEN}, {@code EXTENDING}, ...
 * @param cacheMode {@code single}, {@code ha} (master/standby), {@code ha_rw_split}, {@code proxy}, {@code cluster}
 * @param task      the background task in progress; its shape is undocumented, so it stays raw JSON
 */
public record DcsInstance(String instanceId, String name, String status, String subStatus, String engine,
        String engineVersion, String cacheMode, String specCode, Double capacity, Integer port, String ip,
        String domainName, String readonlyDomainName, String vpcId, String subnetId, String subnetCidr,
        JsonNode task) {

    /** Whether a background task is running (a {@code task} object that is not null or empty). */
    public boolean hasTask() {
        return task != null && !task.isNull() && !task.isMissingNode() && !(task.isContainerNode() && task.isEmpty());
    }

    /** Settled: {@code RUNNING} with no background task. */
    public boolean isSettled() {
        return "RUNNING".equals(status) && !hasTask();
    }
}
