package dev.huaweidr.cloud.vpc;

/** A VPC subnet; Redis DR construction needs its {@code cidr}. */
public record Subnet(String id, String name, String cidr, String vpcId, String gatewayIp, String status) {
}
