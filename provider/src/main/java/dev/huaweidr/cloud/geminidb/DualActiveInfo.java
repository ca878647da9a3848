package dev.huaweidr.cloud.geminidb;

/**
 * A Cassandra active-active link as one of its two instances shows it.
 *
 * @param role   {@code master} on the instance the link was created from, {@code slave} on the other
 * @param status {@code normal} or {@code abnormal}
 */
public record DualActiveInfo(String role, String status, String destinationInstanceId, String destinationRegion) {
}
