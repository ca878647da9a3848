package dev.huaweidr.emulator.model;

/** A node (VM) of a GeminiDB instance. */
public record GeminiNode(String id, String name, String privateIp, String specCode, String availabilityZone) {
}
