package dev.huaweidr.cloud.vpc;

import dev.huaweidr.cloud.Once;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CIDR of each subnet the configured provider has read. A subnet's CIDR cannot be changed once it is made
 * (the VPC API updates names, DNS and DHCP settings only), so one read per subnet serves every instance in it,
 * for any kind of read: many Redis DR pairs share a few subnets. Made by {@code Cloud}, one per configured
 * provider.
 */
public final class SubnetCidrs {
    private final Map<String, Once<String>> bySubnet = new ConcurrentHashMap<>();

    Once<String> of(String region, String projectId, String subnetId) {
        return bySubnet.computeIfAbsent(region + "/" + projectId + "/" + subnetId, k -> new Once<>());
    }
}
