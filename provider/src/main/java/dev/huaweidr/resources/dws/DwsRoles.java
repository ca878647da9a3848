package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery.DrCluster;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who is primary in a DWS DR task. The API keeps each cluster in its original slot ({@code primary_cluster},
 * {@code standby_cluster}) and swaps their {@code role}s, so roles are read from the clusters, not the slots.
 */
final class DwsRoles {
    private DwsRoles() {
    }

    static Optional<DrCluster> primary(DisasterRecovery dr) {
        return inRole(dr, "primary");
    }

    static Optional<DrCluster> standby(DisasterRecovery dr) {
        return inRole(dr, "standby");
    }

    /** Whether the clusters traded roles between the two looks. */
    static boolean swapped(DisasterRecovery before, DisasterRecovery after) {
        String was = primary(before).map(DrCluster::id).orElse(null);
        String now = primary(after).map(DrCluster::id).orElse(null);
        return was != null && now != null && !was.equals(now);
    }

    /** When data last reached the standby: the standby's last success, else either cluster's. */
    static Optional<String> lastSuccess(DisasterRecovery dr) {
        return Stream.concat(standby(dr).stream(), Stream.of(dr.primaryCluster(), dr.standbyCluster()))
                .map(c -> c == null ? null : c.lastSuccessTime())
                .filter(t -> t != null && !t.isEmpty()).findFirst();
    }

    /** The primary's name for messages. */
    static String primaryName(DisasterRecovery dr) {
        return name(primary(dr));
    }

    static String standbyName(DisasterRecovery dr) {
        return name(standby(dr));
    }

    private static String name(Optional<DrCluster> cluster) {
        return cluster.map(DwsRoles::name).orElse("(none)");
    }

    /** The cluster's name for messages (its id when unnamed). */
    static String name(DrCluster cluster) {
        return cluster.name() == null || cluster.name().isEmpty() ? cluster.id() : cluster.name();
    }

    /** Role names are compared ignoring case: their casing is not documented. */
    private static Optional<DrCluster> inRole(DisasterRecovery dr, String role) {
        return Stream.of(dr.primaryCluster(), dr.standbyCluster())
                .filter(c -> c != null && role.equalsIgnoreCase(c.role())).findFirst();
    }
}
