package dev.huaweidr.cloud.geminidb;

/** Answer of a Redis DR construction: the job to wait for and the DR relationship id. */
public record ConstructResult(String jobId, String disasterRecoveryId) {
}
