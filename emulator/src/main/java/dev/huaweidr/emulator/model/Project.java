package dev.huaweidr.emulator.model;

/**
 * An IAM project. Every project belongs to exactly one region, which is how the emulator, serving all
 * regions on one address, tells regions apart. Its IAM name is the region name.
 */
public record Project(String id, String region) {
}
