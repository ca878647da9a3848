package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery.DrCluster;
import java.util.List;
import org.junit.jupiter.api.Test;

class DwsClusterVersionsTest {
    @Test
    void versionsAreReadWithOrWithoutTheirPatchNumber() {
        assertArrayEquals(new int[] {8, 1, 3}, DwsClusterVersions.parse("8.1.3.322"));
        assertArrayEquals(new int[] {8, 2, 1}, DwsClusterVersions.parse(" 8.2.1 "));
        assertNull(DwsClusterVersions.parse("8.1"));
        assertNull(DwsClusterVersions.parse("v8.1.2"));
        assertNull(DwsClusterVersions.parse(""));
        assertNull(DwsClusterVersions.parse(null));
        assertNull(DwsClusterVersions.parse("8.99999999999.1"));
    }

    @Test
    void theMinimumIsInclusiveAndOnlyAsked() {
        assertNull(DwsClusterVersions.refusal(task("8.1.2", "8.1.2.100"), "failover", "8.1.2"));
        assertNull(DwsClusterVersions.refusal(task("9.1.0.223", "10.0.0"), "failover", "8.1.2"), "9.1 may be 2.0");
        assertEquals("Cluster b runs version 8.1.1.300; a failover needs DWS 2.0 clusters of version 8.1.2 or "
                + "later.", DwsClusterVersions.refusal(task("8.2.1", "8.1.1.300"), "failover", "8.1.2"));
        assertNull(DwsClusterVersions.refusal(task("8.1.1", "8.1.1"), "switchover", null));
        assertTrue(DwsClusterVersions.refusal(task("9.0.2", "8.2.1"), "switchover", null)
                .contains("a DWS 3.0 (storage-compute decoupled) version; a switchover needs DWS 2.0 clusters."));
    }

    @Test
    void versionsThatCannotBeReadAreNamedNotRefused() {
        DisasterRecovery task = task(null, "eight");
        assertNull(DwsClusterVersions.refusal(task, "failover", "8.1.2"));
        assertEquals(List.of("a (not reported)", "b (\"eight\")"), DwsClusterVersions.unread(task));
        assertEquals(List.of(), DwsClusterVersions.unread(task("8.2.1", "8.2.1")));
    }

    private static DisasterRecovery task(String primaryVersion, String standbyVersion) {
        return new DisasterRecovery("t", "task", "az", "running", "30m", "", "",
                new DrCluster("c-a", "a", "az1", "primary", "r", "backuping", "", "", "", primaryVersion),
                new DrCluster("c-b", "b", "az2", "standby", "r", "restoring", "", "", "", standbyVersion));
    }
}
