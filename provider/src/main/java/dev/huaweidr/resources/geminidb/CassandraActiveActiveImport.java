package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.geminidb.DualActiveInfo;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.ImportIds;
import dev.huaweidr.resources.geminidb.CassandraActiveActive.Identity;
import java.util.function.Function;

/**
 * Importing a {@code huaweidr_geminidb_cassandra_active_active}, by import ID or by an import block's
 * identity. The source instance is read from the cloud in the region named (the provider's by default) and
 * must be the source of an active-active link; otherwise the import fails and says what to name instead.
 */
final class CassandraActiveActiveImport {
    static final String FORMAT = "`[REGION:]INSTANCE_ID`";

    private CassandraActiveActiveImport() {
    }

    /** The identity of the link {@code op} names, as found in the cloud; null when there is none (errors say why). */
    static Identity identity(Import op) {
        Cloud cloud = CloudAccess.of(op, CassandraActiveActive.TIMEOUTS.read());
        String home = cloud.region();
        Diagnostics diagnostics = op.diagnostics();
        boolean byIdentity = op.requestedIdentity() != null;
        ImportIds.Named named;
        if (byIdentity) {
            Identity given = op.requestedIdentity().as(Identity.class);
            named = ImportIds.identity("instance_id", given.instanceId(), "region", given.region(), home, diagnostics);
        } else {
            named = ImportIds.part(op.id(), "instance id", "", op.id(), home, FORMAT, diagnostics);
        }
        if (named == null) {
            return null;
        }
        Function<ImportIds.Named, String> fix = source -> byIdentity
                ? "the identity `instance_id = \"" + source.id() + "\", region = \"" + source.region() + "\"`"
                : "the import ID `" + source.idPart(home) + "`";
        try {
            ImportLookup found = ImportLookup.of(cloud, named, "cassandra");
            if (!found.check(fix, FORMAT, diagnostics)) {
                return null;
            }
            String at = named.id() + " in " + named.region();
            DualActiveInfo link = found.instance().dualActiveInfo();
            if (link == null) {
                diagnostics.error("No active-active link", "Instance " + at + " has no active-active link: there "
                        + "is nothing to import.");
                return null;
            }
            if ("slave".equals(link.role())) {
                diagnostics.error("Not the source of the link", "Instance " + at + " is the destination of the "
                        + "active-active link made from " + link.destinationInstanceId() + " in "
                        + link.destinationRegion() + ", and the resource manages a link from its source: import it "
                        + "with " + fix.apply(new ImportIds.Named(link.destinationInstanceId(),
                                link.destinationRegion())) + ".");
                return null;
            }
        } catch (CloudException e) {
            CloudErrors.report(diagnostics, "reading the active-active link to import", e);
            return null;
        }
        return new Identity(named.id(), named.region());
    }
}
