package dev.huaweidr.cloud;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The Huawei Cloud services the client talks to, with their default hosts. */
public enum Service {
    GEMINIDB("gaussdb-nosql", "GeminiDB", Set.of()),
    /** SDK region tables: these DWS regions are served under myhuaweicloud.cn. */
    DWS("dws", "DWS", Set.of("cn-north-12", "cn-east-4", "cn-south-4", "tr-west-1", "ap-southeast-4")),
    DCS("dcs", "DCS", Set.of()),
    VPC("vpc", "VPC", Set.of()),
    /** Global: one host for every region. */
    IAM("iam", "IAM", Set.of());

    /** Regions whose public domain differs for every service (Huawei Cloud Europe). */
    private static final Map<String, String> REGION_DOMAINS = Map.of("eu-west-101", "myhuaweicloud.eu");

    private final String hostPrefix;
    private final String displayName;
    private final Set<String> chinaDomainRegions;

    Service(String hostPrefix, String displayName, Set<String> chinaDomainRegions) {
        this.hostPrefix = hostPrefix;
        this.displayName = displayName;
        this.chinaDomainRegions = chinaDomainRegions;
    }

    public boolean isGlobal() {
        return this == IAM;
    }

    /** The key users write in the provider's {@code endpoints} block: geminidb, dws, dcs, vpc, iam. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return displayName;
    }

    /** The public host of this service in {@code region}. */
    public String defaultHost(String region) {
        if (isGlobal()) {
            return hostPrefix + ".myhuaweicloud.com";
        }
        String domain = chinaDomainRegions.contains(region)
                ? "myhuaweicloud.cn"
                : REGION_DOMAINS.getOrDefault(region, "myhuaweicloud.com");
        return hostPrefix + "." + region + "." + domain;
    }

    /** The JSON content type this service's clients send (DWS clients add the charset). */
    public String contentType() {
        return this == DWS ? "application/json;charset=UTF-8" : "application/json";
    }
}
