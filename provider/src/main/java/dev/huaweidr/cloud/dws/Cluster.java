package dev.huaweidr.cloud.dws;

/**
 * A DWS cluster (v1.0 detail, spec §4.12): {@code status} {@code AVAILABLE}/{@code ACTIVE} when settled;
 * {@code taskStatus} empty when idle, e.g. {@code ACTIVE_STANDY_SWITCHOVER} while a switch runs.
 */
public record Cluster(String id, String name, String status, String taskStatus) {
}
