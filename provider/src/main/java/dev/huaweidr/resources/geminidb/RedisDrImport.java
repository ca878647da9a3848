package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.geminidb.SyncStatus;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.ImportIds;
import dev.huaweidr.resources.geminidb.RedisDrRelationship.Endpoint;
import dev.huaweidr.resources.geminidb.RedisDrRelationship.Identity;
import dev.huaweidr.resources.geminidb.RedisDrRelationship.Relationship;
import java.util.Objects;

/**
 * Importing a {@code huaweidr_geminidb_redis_dr_relationship}, by import ID or by an import block's identity.
 * Both instances are read from the cloud in the regions named (the provider's by default) and must be the two
 * sides of one DR pair, so that what is recorded is what exists; otherwise the import fails and says what to
 * name instead.
 */
final class RedisDrImport {
    static final String FORMAT = "`[REGION:]PRIMARY_INSTANCE_ID/[REGION:]STANDBY_INSTANCE_ID`";

    private final Cloud cloud;
    private final boolean byIdentity;
    private final Diagnostics diagnostics;

    private RedisDrImport(Cloud cloud, boolean byIdentity, Diagnostics diagnostics) {
        this.cloud = cloud;
        this.byIdentity = byIdentity;
        this.diagnostics = diagnostics;
    }

    /** The relationship {@code op} names, as found in the cloud; null when there is none (errors say why). */
    static Relationship relationship(Import op) {
        Cloud cloud = CloudAccess.of(op, RedisDrRelationshipSchema.TIMEOUTS.read());
        RedisDrImport importing = new RedisDrImport(cloud, op.requestedIdentity() != null, op.diagnostics());
        ImportIds.Named[] sides = importing.sides(op);
        if (sides == null) {
            return null;
        }
        try {
            if (!importing.isOnePair(sides[0], sides[1])) {
                return null;
            }
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "reading the DR relationship to import", e);
            return null;
        }
        return Relationship.adopted(new Endpoint(sides[0].id(), sides[0].region(), null),
                new Endpoint(sides[1].id(), sides[1].region(), null));
    }

    /** The import ID of the pair of {@code primary} and {@code standby}, for a provider in {@code home}. */
    static String id(Endpoint primary, Endpoint standby, String home) {
        return new ImportIds.Named(primary.instanceId(), primary.region()).idPart(home) + "/"
                + new ImportIds.Named(standby.instanceId(), standby.region()).idPart(home);
    }

    /** Primary and standby as the ID or the identity names them, or null when either is not valid. */
    private ImportIds.Named[] sides(Import op) {
        String home = cloud.region();
        ImportIds.Named primary;
        ImportIds.Named standby;
        if (byIdentity) {
            Identity id = op.requestedIdentity().as(Identity.class);
            primary = ImportIds.identity("primary_instance_id", id.primaryInstanceId(), "primary_region",
                    id.primaryRegion(), home, diagnostics);
            standby = ImportIds.identity("standby_instance_id", id.standbyInstanceId(), "standby_region",
                    id.standbyRegion(), home, diagnostics);
        } else {
            String[] parts = op.id().split("/", -1);
            if (parts.length != 2) {
                diagnostics.error("Invalid import ID", "Expected " + FORMAT + ": two instances separated by one "
                        + "`/`; got \"" + op.id() + "\".");
                return null;
            }
            primary = ImportIds.part(parts[0], "instance id", "primary", op.id(), home, FORMAT, diagnostics);
            standby = ImportIds.part(parts[1], "instance id", "standby", op.id(), home, FORMAT, diagnostics);
        }
        if (primary == null || standby == null) {
            return null;
        }
        if (primary.id().equals(standby.id())) {
            diagnostics.error("Same instance twice", "A DR relationship is between two different instances; the "
                    + "import names " + primary.id() + " as both primary and standby.");
            return null;
        }
        return new ImportIds.Named[] {primary, standby};
    }

    /**
     * Whether both instances are where the import says and are the two sides of one DR pair (in either role: a
     * switchover swaps them); each way they are not is an error that says what to import instead.
     */
    private boolean isOnePair(ImportIds.Named primary, ImportIds.Named standby) {
        ImportLookup p = ImportLookup.of(cloud, primary, "redis");
        ImportLookup s = ImportLookup.of(cloud, standby, "redis");
        boolean found = p.check(fixed -> fix(fixed, s.corrected()), FORMAT, diagnostics);
        found &= s.check(fixed -> fix(p.corrected(), fixed), FORMAT, diagnostics);
        if (!found) {
            return false;
        }
        SyncStatus onPrimary = cloud.geminiDb(primary.region()).syncStatus(primary.id());
        SyncStatus status = onPrimary.isInPair() ? onPrimary
                : cloud.geminiDb(standby.region()).syncStatus(standby.id());
        if (!status.isInPair()) {
            diagnostics.error("No DR relationship", "Neither " + primary.id() + " nor "
                    + standby.id() + " is in a DR relationship: there is nothing to import.");
            return false;
        }
        ImportIds.Named reporter = onPrimary.isInPair() ? primary : standby;
        String partner = reporter.id().equals(status.masterInstanceId()) ? status.slaveInstanceId()
                : status.masterInstanceId();
        ImportIds.Named other = reporter == primary ? standby : primary;
        if (!Objects.equals(partner, other.id())) {
            diagnostics.error("Not one DR relationship", reporter.id() + " is in a DR relationship with "
                    + partner + ", not with " + other.id() + "." + partnerFix(reporter, partner));
            return false;
        }
        return true;
    }

    /** How to import the pair {@code reporter} is really in, when its partner can be found. */
    private String partnerFix(ImportIds.Named reporter, String partner) {
        ImportLookup found = ImportLookup.of(cloud, new ImportIds.Named(partner, reporter.region()), "redis");
        if (!found.isFound() && !found.elsewhere().isFound()) {
            return "";
        }
        return " To import that relationship instead, use " + fix(reporter, found.corrected()) + ".";
    }

    /** What to import: the ID or identity that names {@code primary} and {@code standby} where they are. */
    private String fix(ImportIds.Named primary, ImportIds.Named standby) {
        if (byIdentity) {
            return "the identity `primary_instance_id = \"" + primary.id() + "\", primary_region = \""
                    + primary.region() + "\", standby_instance_id = \"" + standby.id()
                    + "\", standby_region = \"" + standby.region() + "\"`";
        }
        return "the import ID `" + primary.idPart(cloud.region()) + "/" + standby.idPart(cloud.region()) + "`";
    }
}
