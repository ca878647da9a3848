package dev.huaweidr.emulator.model;

/** A VPC subnet; Redis DR rules look at its CIDR. */
public record Subnet(String id, String projectId, String name, String cidr, String vpcId, String gatewayIp) {
}
