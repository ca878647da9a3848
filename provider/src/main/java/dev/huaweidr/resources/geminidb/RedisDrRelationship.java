package dev.huaweidr.resources.geminidb;

import static dev.huaweidr.resources.geminidb.RedisDrRelationshipSchema.TIMEOUTS;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.geminidb.SyncStatus;
import dev.huaweidr.cloud.wait.JobFailedException;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.Create;
import dev.huaweidr.framework.resource.Delete;
import dev.huaweidr.framework.resource.IdentitySchema;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.framework.resource.PlanChange;
import dev.huaweidr.framework.resource.Read;
import dev.huaweidr.framework.resource.ResourceWithIdentity;
import dev.huaweidr.framework.resource.ResourceWithImport;
import dev.huaweidr.framework.resource.ResourceWithPlan;
import dev.huaweidr.framework.resource.Update;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.log.Logger;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.ImportIds;
import dev.huaweidr.resources.Regions;
import java.util.List;
import java.util.Set;

/**
 * {@code huaweidr_geminidb_redis_dr_relationship}: a disaster-recovery relationship between two GeminiDB
 * Redis instances, managed from both sides at once. Its schema and documentation are in
 * {@link RedisDrRelationshipSchema}.
 */
public final class RedisDrRelationship implements ResourceWithImport, ResourceWithIdentity, ResourceWithPlan {
    static final String TYPE = "huaweidr_geminidb_redis_dr_relationship";
    /** {@code data_sync} of a pair paused or resumed on one instance only. */
    private static final Set<String> HALF_DONE = Set.of("pausing", "resuming");
    private static final Logger LOG = Logger.named("geminidb");
    /** A plan's look at the instances of a pair (see {@link Look}). */
    private static final Look FIRST_LOOK = Look.first("redis");

    /** The resource's data; {@code primary} and {@code standby} are the roles the pair was built with. */
    record Relationship(String id, String alias, String password, String passwordWo, Long passwordWoVersion,
            Endpoint primary, Endpoint standby, String dataSync, String disasterRecoveryId, String syncStatus,
            String currentPrimaryInstanceId, Value timeouts) {

        /** With these endpoints, and the id they make once both instance ids are known. */
        Relationship resolved(Endpoint primary, Endpoint standby) {
            String id = primary.instanceId() == null || standby.instanceId() == null ? null
                    : primary.instanceId() + "/" + standby.instanceId();
            return new Relationship(id, alias, password, null,
                    passwordWoVersion, primary, standby, dataSync, disasterRecoveryId, syncStatus,
                    currentPrimaryInstanceId, timeouts);
        }

        /**
         * As the cloud reports the pair now. A pair paused or resumed on one instance only reads
         * {@code pausing} or {@code resuming}: never what a configuration says, so the next plan repairs it.
         */
        Relationship observed(String drId, SyncStatus status) {
            String sync = switch (status.status()) {
                case "SUSPENDED" -> "paused";
                case "SUSPENDING" -> "pausing";
                case "RECOVERYING" -> "resuming";
                default -> "running";
            };
            return new Relationship(id, alias, password, null, passwordWoVersion, primary, standby, sync, drId,
                    status.status(), status.masterInstanceId(), timeouts);
        }

        /**
         * Constructed on both sides, jobs still running. The planned {@code data_sync} is kept (a known planned
         * value must come back as planned); the next refresh reads the real one.
         */
        Relationship constructed(String drId) {
            return new Relationship(id, alias, password, null, passwordWoVersion, primary, standby, dataSync, drId,
                    "NEW", primary.instanceId(), timeouts);
        }

        /**
         * A pair found in the cloud and never recorded before (import, {@code terraform query}): the API
         * returns neither the alias nor the password, and the DR id only at construction.
         */
        static Relationship adopted(Endpoint primary, Endpoint standby) {
            return new Relationship(null, null, null, null, null, primary, standby, null, null, null, null, null)
                    .resolved(primary, standby);
        }

        /** Built on the primary only: what exists after a failure half-way through a create. */
        Relationship halfBuilt(String drId) {
            return new Relationship(id, alias, password, null, passwordWoVersion, primary, standby, dataSync, drId,
                    "NEW", primary.instanceId(), timeouts);
        }

        RedisDrPair.Side primarySide() {
            return new RedisDrPair.Side(primary.instanceId(), primary.region(), primary.projectId());
        }

        RedisDrPair.Side standbySide() {
            return new RedisDrPair.Side(standby.instanceId(), standby.region(), standby.projectId());
        }
    }

    /** One instance of the pair. */
    record Endpoint(String instanceId, String region, String projectId) {
    }

    record Identity(String primaryInstanceId, String primaryRegion, String standbyInstanceId, String standbyRegion) {
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public Schema schema() {
        return RedisDrRelationshipSchema.SCHEMA;
    }

    @Override
    public IdentitySchema identitySchema() {
        return IdentitySchema.of(
                IdentitySchema.Attribute.required("primary_instance_id", Type.STRING, "The primary instance."),
                IdentitySchema.Attribute.optional("primary_region", Type.STRING, "Its region; the provider's by default."),
                IdentitySchema.Attribute.required("standby_instance_id", Type.STRING, "The standby instance."),
                IdentitySchema.Attribute.optional("standby_region", Type.STRING, "Its region; the provider's by default."));
    }

    /**
     * Building needs an alias and a password; regions the configuration leaves out are the provider's, fixed
     * at creation. A new pair is prechecked by the cloud at plan time, once its instances are known, so its
     * rules fail the plan, not the apply; not while an instance is still in a pair, as when this plan replaces
     * that pair (apply prechecks again). Destroys are announced.
     */
    @Override
    public void modifyPlan(PlanChange op) {
        if (op.isDestroy()) {
            warnDestroying(op.prior().as(Relationship.class), op.diagnostics());
            return;
        }
        if (op.isCreate()) {
            RedisDrRelationshipSchema.requireBuildInputs(op.config(), op.diagnostics());
        }
        Cloud root = op.providerIfConfigured(Cloud.class).orElse(null);
        if (root != null && !op.isCreate()) {
            replaceIfStalled(op);
            checkSyncChange(op);
        }
        if (!op.isCreate() || root == null) {
            return;
        }
        op.setPlanned(withDefaultRegions(op, root.region()));
        Relationship planned = op.planned().as(Relationship.class);
        if (knownSides(planned)) {
            Cloud cloud = CloudAccess.of(op, TIMEOUTS.read());
            Relationship target = resolve(cloud, planned);
            try {
                RedisDrPair pair = pair(cloud, target);
                if (pair.existingPair().isEmpty()) {
                    pair.precheck(FIRST_LOOK);
                }
            } catch (CloudException e) {
                CloudErrors.report(op.diagnostics(), "prechecking the DR relationship " + target.id(), e);
            }
        }
    }

    /**
     * Names the roles as the state read them last (the refresh before this plan): after a switchover or
     * failover the primary is the instance built as standby, and replication runs from it.
     */
    private static void warnDestroying(Relationship prior, Diagnostics diagnostics) {
        String built = prior.primary().instanceId();
        String other = prior.standby().instanceId();
        boolean swapped = other.equals(prior.currentPrimaryInstanceId());
        String primary = swapped ? other : built;
        String standby = swapped ? built : other;
        diagnostics.warning("Destroying a DR relationship", "Destroying " + prior.id() + " stops replication from "
                + primary + ", the primary now, to " + standby + ", the standby now"
                + (swapped ? " (the pair was built the other way round; a switchover or failover swapped them)" : "")
                + "; both instances keep their data and become independent.");
    }

    /**
     * A pair left built on one side for good (its construction failed after Terraform stopped waiting, on a
     * timeout or Ctrl-C) is planned to be built again; the refreshed {@code sync_status} shows why.
     */
    private static void replaceIfStalled(PlanChange op) {
        Relationship prior = op.prior().as(Relationship.class);
        if (!"NEW".equals(prior.syncStatus())) {
            return;
        }
        Cloud cloud = CloudAccess.of(op, TIMEOUTS.read());
        try {
            if (!pair(cloud, resolve(cloud, prior)).isStalled()) {
                return;
            }
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "checking the construction of " + prior.id(), e);
            return;
        }
        op.setPlanned(op.planned().value().withAttr("sync_status", Value.unknown(Type.STRING)));
        op.requireReplace(AttributePath.root().attr("sync_status"));
        op.diagnostics().warning("DR relationship left half-built", "The construction of " + prior.id()
                + " ended without completing on both instances (sync_status NEW, no construction job running), "
                + "so the relationship is built again.");
    }

    /**
     * A change of {@code data_sync} is checked at plan time: both instances must be normal (the cloud's rule),
     * and a pair left paused or resumed on one instance is announced, with the instance behind where the
     * cloud's jobs tell it.
     */
    private static void checkSyncChange(PlanChange op) {
        Relationship prior = op.prior().as(Relationship.class);
        Value planned = op.planned().value().attr("data_sync");
        if (!planned.isKnown() || planned.asString().equals(prior.dataSync())) {
            return;
        }
        Cloud cloud = CloudAccess.of(op, TIMEOUTS.read());
        try {
            RedisDrPair pair = pair(cloud, resolve(cloud, prior));
            if (refusedNotNormal(op.diagnostics(), pair.notNormal(FIRST_LOOK), prior, planned.asString())) {
                return;
            }
            if (HALF_DONE.contains(prior.dataSync())) {
                warnHalfDone(op.diagnostics(), pair, prior, planned.asString());
            }
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "checking the instances of " + prior.id(), e);
        }
    }

    /** An error at {@code data_sync} when an instance is {@code notNormal}; true when there was one. */
    private static boolean refusedNotNormal(Diagnostics diagnostics, List<String> notNormal, Relationship r,
            String to) {
        if (notNormal.isEmpty()) {
            return false;
        }
        diagnostics.error(AttributePath.root().attr("data_sync"), "DR instance not normal",
                "Data synchronization of " + r.id() + " cannot become " + to + ": " + String.join(", ", notNormal)
                        + ". The cloud pauses and resumes only when both instances are normal: plan again once "
                        + "they are.");
        return true;
    }

    /** A warning at {@code data_sync}: what was left half-done, which instance is behind, what the apply does. */
    private static void warnHalfDone(Diagnostics diagnostics, RedisDrPair pair, Relationship r, String to) {
        boolean pausing = "pausing".equals(r.dataSync());
        boolean pausedAtEnd = "paused".equals(to);
        String step = pausing ? "paused" : "resumed";
        String behind = pair.behind(pausing).map(id -> id + " (" + role(r, id) + ") has not " + step + " yet")
                .orElse("the cloud does not say which instance is behind");
        String turnBack = pausing == pausedAtEnd ? "" : " then " + (pausedAtEnd ? "pauses" : "resumes") + " both,";
        diagnostics.warning(AttributePath.root().attr("data_sync"), "DR relationship " + step + " on one side only",
                "Data synchronization of " + r.id() + " was " + step + " on one instance only: " + behind + ". "
                        + "This apply " + (pausing ? "pauses" : "resumes") + " the other," + turnBack + " and waits "
                        + "until the pair reports " + (pausedAtEnd ? "SUSPENDED" : "SYNCING") + ".");
    }

    /** {@code primary} or {@code standby}: the role {@code instanceId} has now. */
    private static String role(Relationship r, String instanceId) {
        return instanceId.equals(r.currentPrimaryInstanceId()) ? "primary" : "standby";
    }

    /** The plan with the home region where the configuration names none, and the id once it is known. */
    private static Value withDefaultRegions(PlanChange op, String home) {
        Value planned = op.planned().value();
        for (String side : new String[] {"primary", "standby"}) {
            Value configured = op.config().get(side);
            if (planned.attr(side).isKnown() && configured.isKnown() && configured.attr("region").isNull()) {
                planned = planned.withAttr(side, planned.attr(side).withAttr("region", Value.string(home)));
            }
        }
        Value primaryId = planned.attr("primary").attr("instance_id");
        Value standbyId = planned.attr("standby").attr("instance_id");
        return primaryId.isKnown() && standbyId.isKnown()
                ? planned.withAttr("id", Value.string(primaryId.asString() + "/" + standbyId.asString()))
                : planned;
    }

    /** Whether both instances and regions are known (a null read from a plan may also be an unknown). */
    private static boolean knownSides(Relationship r) {
        return r.primary() != null && r.standby() != null && r.primary().instanceId() != null
                && r.standby().instanceId() != null && r.primary().region() != null && r.standby().region() != null;
    }

    @Override
    public void create(Create op) {
        Relationship config = op.config().as(Relationship.class);
        Relationship plan = op.plan().as(Relationship.class);
        String password = config.passwordWo() != null ? config.passwordWo() : config.password();
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        Relationship target = resolve(cloud, plan);
        RedisDrPair pair = pair(cloud, target);
        String[] drId = new String[1];
        boolean[] exists = new boolean[1];
        boolean constructed = false;
        boolean built = false;
        try {
            RedisDrPair.Construction construction = pair.construct(target.alias(), password, id -> {
                exists[0] = true;
                drId[0] = id;
            });
            constructed = true;
            op.setState(target.constructed(construction.disasterRecoveryId()));
            op.setIdentity(identity(target));
            pair.await(construction);
            built = true;
            if ("paused".equals(target.dataSync())) {
                pair.setSyncRunning(false);
            }
            op.setState(target.observed(construction.disasterRecoveryId(), pair.status()));
        } catch (CloudException e) {
            // Once both sides are constructing, only a failed construction job fails the create: anything else
            // (an interrupt, the timeout, the cloud out of reach, a pause that did not happen) leaves a pair that
            // works or is about to, which a failed create would taint and the next apply would rebuild.
            if (built) {
                op.diagnostics().warning("DR relationship built, not finished", "The DR relationship " + target.id()
                        + " is built and recorded, but what followed failed: " + e.getMessage() + ". The next plan "
                        + "reads the relationship as it is and plans whatever is still missing.");
                return;
            }
            if (constructed && !(e instanceof JobFailedException)) {
                CloudErrors.warnStillBuilding(op.diagnostics(), "the DR relationship", "Both construction jobs of "
                        + target.id() + " were started and go on in the cloud.", e);
                return;
            }
            if (!constructed) {
                recordHalfBuilt(op, target, exists[0], drId[0]);
                if (!exists[0] && e instanceof ApiException && reportedExisting(op, pair, target, cloud.region(), e)) {
                    return;
                }
            } else if (!pair.mayBeInPair()) {
                // A failed primary construction takes the pair away: nothing is left to record.
                op.setState(Value.nullOf(schema().type()));
            }
            CloudErrors.report(op.diagnostics(), "building the DR relationship " + target.id(), e);
        }
    }

    /**
     * After the cloud refused to build the pair: when either instance is in a DR pair already, an error that
     * names that pair and, when it is this very relationship (built outside this state, or by a run killed
     * before it could record it), the import that brings it under management. False when neither is in one.
     */
    private static boolean reportedExisting(Create op, RedisDrPair pair, Relationship target, String home,
            CloudException refusal) {
        SyncStatus existing;
        try {
            existing = pair.existingPair().orElse(null);
        } catch (CloudException unreadable) {
            return false;
        }
        if (existing == null) {
            return false;
        }
        String detail;
        if (isPairOf(existing, target)) {
            detail = ImportIds.existsAlready("The DR relationship between " + target.primary().instanceId()
                    + " and " + target.standby().instanceId() + " (" + existing.status() + ")", TYPE,
                    RedisDrImport.id(target.primary(), target.standby(), home));
        } else {
            detail = existing.masterInstanceId() + " and " + existing.slaveInstanceId() + " are in a DR relationship "
                    + "already (" + existing.status() + "), and an instance can be in one only: remove that "
                    + "relationship first, or import it into a resource of its own.";
        }
        op.diagnostics().error("Already in a DR relationship", detail + " The cloud refused: " + refusal.getMessage());
        return true;
    }

    /** After a failure: what exists in the cloud is recorded, and Terraform marks it tainted. */
    private static void recordHalfBuilt(Create op, Relationship target, boolean exists, String drId) {
        if (exists) {
            op.setState(target.halfBuilt(drId));
            op.setIdentity(identity(target));
        }
    }

    @Override
    public void read(Read op) {
        Relationship current = op.current().as(Relationship.class);
        Cloud cloud = CloudAccess.of(op, TIMEOUTS.read());
        try {
            Relationship resolved = resolve(cloud, current);
            SyncStatus status = pair(cloud, resolved).statusOfEitherSide();
            if (!status.isInPair() || !isPairOf(status, resolved)) {
                op.removed();
                return;
            }
            op.setState(resolved.observed(resolved.disasterRecoveryId(), status));
            op.setIdentity(identity(resolved));
        } catch (MisplacedInstanceException e) {
            reportMisplaced(op.diagnostics(), current, cloud.region(), e);
        } catch (CloudException e) {
            if (e.isNotFound()) {
                op.removed();
            } else {
                CloudErrors.report(op.diagnostics(), "reading the DR relationship " + current.id(), e);
            }
        }
    }

    /**
     * Only {@code data_sync} changes the pair in place; the rest of an update is bookkeeping. Whatever happens,
     * the state ends as the cloud reports the pair (a pause refused on one instance reads {@code pausing}).
     */
    @Override
    public void update(Update op) {
        Relationship plan = op.plan().as(Relationship.class);
        Relationship prior = op.prior().as(Relationship.class);
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        Relationship target = resolve(cloud, plan);
        RedisDrPair pair = pair(cloud, target);
        try {
            if (!plan.dataSync().equals(prior.dataSync())) {
                if (refusedNotNormal(op.diagnostics(), pair.notNormal(Look.now()), prior, plan.dataSync())) {
                    return;
                }
                pair.setSyncRunning("running".equals(plan.dataSync()));
            }
            op.setState(target.observed(prior.disasterRecoveryId(), pair.status()));
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "changing data synchronization of " + prior.id(), e);
            try {
                op.setState(target.observed(prior.disasterRecoveryId(), pair.status()));
            } catch (CloudException unreadable) {
                // The prior state stays: the next refresh reads the pair.
            }
        }
    }

    @Override
    public void delete(Delete op) {
        Relationship prior = op.prior().as(Relationship.class);
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        try {
            pair(cloud, prior).teardown();
        } catch (MisplacedInstanceException e) {
            reportMisplaced(op.diagnostics(), prior, cloud.region(), e);
        } catch (CloudException e) {
            if (!e.isNotFound()) {
                CloudErrors.report(op.diagnostics(), "removing the DR relationship " + prior.id(), e);
            }
        }
    }

    /**
     * {@code [REGION:]PRIMARY_INSTANCE_ID/[REGION:]STANDBY_INSTANCE_ID}, or the identity of an import block;
     * checked against the cloud ({@link RedisDrImport}).
     */
    @Override
    public void importState(Import op) {
        Relationship imported = RedisDrImport.relationship(op);
        if (imported != null) {
            op.setState(imported);
            op.setIdentity(identity(imported));
        }
    }

    /**
     * An instance of {@code r} is not in the region the state records: nothing is done, and the error says how
     * to correct the state (an import from before imports were checked may have recorded the wrong region).
     */
    private static void reportMisplaced(Diagnostics diagnostics, Relationship r, String home,
            MisplacedInstanceException e) {
        String id = RedisDrImport.FORMAT;
        if (e.actualRegion() != null) {
            id = "`" + RedisDrImport.id(moved(r.primary(), e), moved(r.standby(), e), home) + "`";
        }
        e.report(diagnostics, TYPE, id);
    }

    private static Endpoint moved(Endpoint e, MisplacedInstanceException misplaced) {
        return e.instanceId().equals(misplaced.instanceId()) ? new Endpoint(e.instanceId(), misplaced.actualRegion(),
                null) : e;
    }

    /** What a read produces for a pair never recorded before, as {@code status} shows it. */
    static Relationship found(Cloud cloud, Endpoint primary, Endpoint standby, SyncStatus status) {
        return resolve(cloud, Relationship.adopted(primary, standby)).observed(null, status);
    }

    /** Fills the regions and projects the configuration left to the provider. */
    private static Relationship resolve(Cloud cloud, Relationship r) {
        return r.resolved(resolve(cloud, r.primary()), resolve(cloud, r.standby()));
    }

    private static Endpoint resolve(Cloud cloud, Endpoint e) {
        String region = Regions.orHome(e.region(), cloud.region());
        return new Endpoint(e.instanceId(), region, projectOf(cloud, region, e));
    }

    /** The endpoint's own project, else its region's: asked of IAM only when the endpoint has none. */
    private static String projectOf(Cloud cloud, String region, Endpoint e) {
        return e.projectId() == null || e.projectId().isEmpty() ? cloud.projectId(region) : e.projectId();
    }

    private static RedisDrPair pair(Cloud cloud, Relationship r) {
        return new RedisDrPair(cloud, r.primarySide(), r.standbySide(), line -> LOG.info(line, "resource", TYPE));
    }

    /** Whether the cloud's pair is made of our two instances, in either role (a switchover swaps them). */
    private static boolean isPairOf(SyncStatus status, Relationship r) {
        return Set.of(r.primary().instanceId(), r.standby().instanceId())
                .equals(new java.util.HashSet<>(java.util.Arrays.asList(status.masterInstanceId(), status.slaveInstanceId())));
    }

    static Identity identity(Relationship r) {
        return new Identity(r.primary().instanceId(), r.primary().region(), r.standby().instanceId(), r.standby().region());
    }
}
