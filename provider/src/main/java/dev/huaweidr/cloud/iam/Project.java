package dev.huaweidr.cloud.iam;

/** An IAM project: one per region, named after it (e.g. {@code ap-southeast-1}). */
public record Project(String id, String name, String domainId, boolean enabled) {
}
