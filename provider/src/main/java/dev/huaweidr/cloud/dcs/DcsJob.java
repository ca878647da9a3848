package dev.huaweidr.cloud.dcs;

/**
 * A DCS job (spec §5.3); times are epoch milliseconds as strings.
 *
 * @param status {@code INIT}, {@code RUNNING}, {@code SUCCESS} or {@code FAIL}
 */
public record DcsJob(String jobId, String jobType, String status, String beginTime, String endTime,
        String failReason) {
}
