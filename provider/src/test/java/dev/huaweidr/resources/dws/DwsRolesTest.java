package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery.DrCluster;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Roles are read from the clusters, which keep their slots while their roles swap. */
class DwsRolesTest {
    @Test
    void theClusterInThePrimaryRoleIsPrimaryWhateverItsSlot() {
        DisasterRecovery before = task("running", "primary", "standby", "", "2025-03-01T10:31:00");
        DisasterRecovery after = task("stopped", "STANDBY", "Primary", "", "");
        assertEquals("prod", DwsRoles.primaryName(before));
        assertEquals("dr", DwsRoles.primaryName(after), "role names are compared ignoring case");
        assertTrue(DwsRoles.swapped(before, after));
        assertFalse(DwsRoles.swapped(before, before));
        assertFalse(DwsRoles.swapped(before, task("stopped", "", "", "", "")), "no primary: not swapped");
        assertEquals("(none)", DwsRoles.standbyName(task("stopped", "", "", "", "")));
    }

    @Test
    void lastSuccessIsTheStandbysThenEitherClustersThenNone() {
        assertEquals(Optional.of("2025-03-01T10:31:00"), DwsRoles.lastSuccess(
                task("running", "primary", "standby", "2025-03-01T10:30:00", "2025-03-01T10:31:00")));
        assertEquals(Optional.of("2025-03-01T10:30:00"),
                DwsRoles.lastSuccess(task("running", "primary", "standby", "2025-03-01T10:30:00", "")));
        assertEquals(Optional.empty(), DwsRoles.lastSuccess(task("unstart", "primary", "standby", "", null)));
    }

    private static DisasterRecovery task(String status, String prodRole, String drRole, String prodSync,
            String drSync) {
        return new DisasterRecovery("t", "task", "az", status, "30m", "", "",
                new DrCluster("c-prod", "prod", "az1", prodRole, "r", "stopped", "", prodSync, "", "8.2.1"),
                new DrCluster("c-dr", "dr", "az2", drRole, "r", "stopped", "", drSync, "", "8.2.1"));
    }
}
