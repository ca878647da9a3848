package dev.huaweidr.cloud.geminidb;

import java.util.List;

/** Body of a Redis DR precheck (spec §3.6), made on both instances before (de)construction. */
public record PrecheckRequest(String operation, Peer disasterRecoveryInstance) {

    /** Before construction; {@code peer} describes the other instance. */
    public static PrecheckRequest construction(Peer peer) {
        return new PrecheckRequest("construction", peer);
    }

    public static PrecheckRequest deconstruction() {
        return new PrecheckRequest("deconstruction", null);
    }

    /** The other instance, as a precheck describes it. */
    public record Peer(String vpcCidr, String specCode, List<String> nodeIps) {
    }
}
