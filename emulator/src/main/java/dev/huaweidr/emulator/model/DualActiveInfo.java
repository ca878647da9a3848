package dev.huaweidr.emulator.model;

/**
 * One side of a Cassandra active-active link: {@code master} on the instance the create call was made on,
 * {@code slave} on the destination; status {@code normal} or {@code abnormal}.
 */
public record DualActiveInfo(String role, String status, String destinationInstanceId, String destinationRegion) {
}
