package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.ImportIds;
import dev.huaweidr.resources.dws.DwsDisasterRecoveryTask.Identity;

/**
 * Importing a {@code huaweidr_dws_disaster_recovery_task}, by import ID or by an import block's identity. The
 * task is read in the region named (the provider's by default), where its primary cluster is and DWS lists
 * it; otherwise the import fails and says how to name it.
 */
final class DwsTaskImport {
    static final String FORMAT = "`[REGION:]DISASTER_RECOVERY_ID`";

    private DwsTaskImport() {
    }

    /** The identity of the task {@code op} names, as found in the cloud; null when there is none (errors say why). */
    static Identity identity(Import op) {
        Cloud cloud = CloudAccess.of(op, DwsTaskSchema.TIMEOUTS.read());
        String home = cloud.region();
        Diagnostics diagnostics = op.diagnostics();
        ImportIds.Named named;
        if (op.requestedIdentity() != null) {
            Identity given = op.requestedIdentity().as(Identity.class);
            named = ImportIds.identity("disaster_recovery_id", given.disasterRecoveryId(), "region", given.region(),
                    home, diagnostics);
        } else {
            named = ImportIds.part(op.id(), "task id", "", op.id(), home, FORMAT, diagnostics);
        }
        if (named == null) {
            return null;
        }
        try {
            DisasterRecovery dr = cloud.dws(named.region()).findDisasterRecovery(named.id()).orElse(null);
            if (dr == null) {
                diagnostics.error("DR task not found in " + named.region(), "There is no DWS DR task " + named.id()
                        + " in " + named.region() + ". A task is managed in the region of the cluster it was made "
                        + "from; name another region as " + FORMAT + ".");
                return null;
            }
            String managedIn = dr.primaryCluster() == null ? null : dr.primaryCluster().region();
            if (managedIn != null && !managedIn.isBlank() && !managedIn.equals(named.region())) {
                diagnostics.error("DR task managed in " + managedIn, "DWS DR task " + dr.name() + " (" + named.id()
                        + ") shows in " + named.region() + ", its standby's region, but it is managed in "
                        + managedIn + ", where it was made from its primary cluster: import it with the import ID `"
                        + new ImportIds.Named(named.id(), managedIn).idPart(home) + "`.");
                return null;
            }
        } catch (CloudException e) {
            CloudErrors.report(diagnostics, "reading the DWS DR task to import", e);
            return null;
        }
        return new Identity(named.id(), named.region());
    }
}
