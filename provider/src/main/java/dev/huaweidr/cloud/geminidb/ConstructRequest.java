package dev.huaweidr.cloud.geminidb;

/**
 * Body of a Redis DR construction (spec §3.7): first on the primary ({@link #primary}), then on the standby
 * with the returned DR id ({@link #standby}), with the same password. {@code toString} hides the password.
 */
public record ConstructRequest(String id, String alias, String password, String instanceRole,
        DrPeer disasterRecoveryInstance) {

    public static ConstructRequest primary(String alias, String password, DrPeer peer) {
        return new ConstructRequest(null, alias, password, "master", peer);
    }

    public static ConstructRequest standby(String disasterRecoveryId, String alias, String password, DrPeer peer) {
        return new ConstructRequest(disasterRecoveryId, alias, password, "slave", peer);
    }

    @Override
    public String toString() {
        return "ConstructRequest[id=" + id + ", alias=" + alias + ", password=***, instanceRole=" + instanceRole
                + ", disasterRecoveryInstance=" + disasterRecoveryInstance + "]";
    }
}
