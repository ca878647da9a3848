package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery.DrCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What DWS documents a DR operation needs of the task's clusters (spec §4): DWS 2.0 clusters, and version
 * 8.1.2 or later for a failover or a recovery. The versions come from the task detail, which names both
 * clusters whichever region answers it, so the check costs no call to a region that may be down. The API has
 * no field for the architecture: 9.0.x versions are DWS 3.0 (storage-compute decoupled) only, while 9.1 and
 * later exist as both, so only 9.0.x is refused for it. What cannot be read is left to DWS to judge.
 */
final class DwsClusterVersions {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:\\.\\d+)*");

    private DwsClusterVersions() {
    }

    /**
     * Why {@code task}'s clusters cannot take the {@code operation} (e.g. {@code failover}), or null;
     * {@code minimum} is the version it needs, e.g. {@code 8.1.2}, or null for none beyond DWS 2.0.
     */
    static String refusal(DisasterRecovery task, String operation, String minimum) {
        for (DrCluster cluster : clusters(task)) {
            int[] version = parse(cluster.datastoreVersion());
            if (version == null) {
                continue;
            }
            if (version[0] == 9 && version[1] == 0) {
                return "Cluster " + DwsRoles.name(cluster) + " runs version " + cluster.datastoreVersion()
                        + ", a DWS 3.0 (storage-compute decoupled) version; a " + operation + " needs DWS 2.0 "
                        + "clusters.";
            }
            if (minimum != null && compare(version, parse(minimum)) < 0) {
                return "Cluster " + DwsRoles.name(cluster) + " runs version " + cluster.datastoreVersion() + "; a "
                        + operation + " needs DWS 2.0 clusters of version " + minimum + " or later.";
            }
        }
        return null;
    }

    /** The clusters whose version could not be read, e.g. {@code dws-prod (not reported)}; empty when none. */
    static List<String> unread(DisasterRecovery task) {
        List<String> unread = new ArrayList<>();
        for (DrCluster cluster : clusters(task)) {
            if (parse(cluster.datastoreVersion()) == null) {
                String version = cluster.datastoreVersion();
                unread.add(DwsRoles.name(cluster) + (version == null || version.isEmpty() ? " (not reported)"
                        : " (\"" + version + "\")"));
            }
        }
        return unread;
    }

    private static List<DrCluster> clusters(DisasterRecovery task) {
        return Stream.of(task.primaryCluster(), task.standbyCluster()).filter(Objects::nonNull).toList();
    }

    /** Major, minor and patch of {@code 8.1.3} or {@code 8.1.3.322}; null for anything else. */
    static int[] parse(String version) {
        Matcher m = version == null ? null : VERSION.matcher(version.trim());
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))};
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
