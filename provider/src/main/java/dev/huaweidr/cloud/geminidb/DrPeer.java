package dev.huaweidr.cloud.geminidb;

import java.util.List;

/** The other instance of a Redis DR pair, as a construction request describes it (spec §3.7). */
public record DrPeer(String id, String regionCode, List<String> subnetCidrs, List<String> nodeIps) {
}
