package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.geminidb.DualActiveInfo;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.Job;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.wait.JobFailedException;
import dev.huaweidr.cloud.wait.ProgressListener;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.Create;
import dev.huaweidr.framework.resource.Delete;
import dev.huaweidr.framework.resource.IdentitySchema;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.resource.PlanChange;
import dev.huaweidr.framework.resource.Read;
import dev.huaweidr.framework.resource.ResourceWithIdentity;
import dev.huaweidr.framework.resource.ResourceWithImport;
import dev.huaweidr.framework.resource.ResourceWithPlan;
import dev.huaweidr.framework.resource.Update;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.RequiresReplace;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Timeouts;
import dev.huaweidr.framework.schema.UseStateForUnknown;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.log.Logger;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.CloudIds;
import dev.huaweidr.resources.ImportIds;
import dev.huaweidr.resources.Overtaken;
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code huaweidr_geminidb_cassandra_active_active}: an active-active link between two GeminiDB Cassandra
 * instances (classic storage), built from the source instance with one call and read back from its
 * {@code dual_active_info}.
 */
public final class CassandraActiveActive implements ResourceWithImport, ResourceWithIdentity, ResourceWithPlan {
    static final String TYPE = "huaweidr_geminidb_cassandra_active_active";
    private static final Logger LOG = Logger.named("geminidb");
    static final Timeouts TIMEOUTS = Timeouts.readingAtMost(Duration.ofMinutes(5))
            .create(Duration.ofMinutes(60))
            .delete(Duration.ofMinutes(30));
    /**
     * Private state: the source region's IAM project, found when the link was made, so that a later refresh
     * (a provider process of its own) needs no IAM request before it can read the link.
     */
    private static final String SOURCE_PROJECT = "source_project_id";
    private static final String BUILD_JOB = "BuildBiActiveInstance";
    /** A refresh's or a plan's look at an instance of a link (see {@link Look}). */
    private static final Look FIRST_LOOK = Look.first("cassandra");
    private static final RequiresReplace REPLACES_LINK = RequiresReplace.always("Changing this value replaces the "
            + "link: it is removed, so replication between the instances stops, then built again. Guard with "
            + "`lifecycle { prevent_destroy = true }`.");

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed().planModifiers(UseStateForUnknown.instance())
                    .description("The source instance's ID."),
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .planModifiers(REPLACES_LINK)
                    .description("The source GeminiDB Cassandra instance (classic storage)."),
            Attribute.string("region").optional().computed()
                    .validators(Regions.validator())
                    .planModifiers(UseStateForUnknown.instance(), REPLACES_LINK)
                    .description("Region of the source instance; the provider's region at creation when not set."),
            Attribute.string("destination_instance_id").required()
                    .validators(CloudIds.validator())
                    .planModifiers(REPLACES_LINK)
                    .description("The peer GeminiDB Cassandra instance (classic storage)."),
            Attribute.string("destination_region").required()
                    .validators(Regions.validator())
                    .planModifiers(REPLACES_LINK)
                    .description("Region of the peer; one of those the service lists for the source instance."),
            Attribute.string("role").computed()
                    .description("The source instance's role in the link as the cloud reports it (`master`)."),
            Attribute.string("status").computed()
                    .description("Health of the link: `normal` or `abnormal`."))
            .withBlocks(TIMEOUTS.block())
            .description("An active-active link between two GeminiDB Cassandra instances with classic storage, "
                    + "each writable, replicating both ways. Destroying it removes the link; both instances keep "
                    + "their data. Counter tables, TRUNCATE and Lucene indexes are not synchronized."));

    record Link(String id, String instanceId, String region, String destinationInstanceId, String destinationRegion,
            String role, String status, Value timeouts) {
        /** A link found in the cloud and never recorded before (import, {@code terraform query}). */
        static Link adopted(String instanceId, String region) {
            return new Link(instanceId, instanceId, region, null, null, null, null, null);
        }

        Link withRegion(String region) {
            return new Link(instanceId, instanceId, region, destinationInstanceId, destinationRegion, role, status,
                    timeouts);
        }

        Link observed(DualActiveInfo info) {
            return new Link(instanceId, instanceId, region, info.destinationInstanceId(), info.destinationRegion(),
                    info.role(), info.status(), timeouts);
        }
    }

    record Identity(String instanceId, String region) {
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public IdentitySchema identitySchema() {
        return IdentitySchema.of(
                IdentitySchema.Attribute.required("instance_id", Type.STRING, "The source instance."),
                IdentitySchema.Attribute.optional("region", Type.STRING, "Its region; the provider's by default."));
    }

    /**
     * On create, the region defaults to the provider's, and the instances are checked against the link's
     * requirements at plan time, once they are known.
     */
    @Override
    public void modifyPlan(PlanChange op) {
        if (op.isDestroy()) {
            warnDestroying(op.prior().as(Link.class), op.diagnostics());
            return;
        }
        Cloud root = op.providerIfConfigured(Cloud.class).orElse(null);
        if (!op.isCreate() || root == null) {
            return;
        }
        if (op.config().get("region").isNull()) {
            op.setPlanned(op.planned().value().withAttr("region", Value.string(root.region())));
        }
        if (op.planned().value().isWhollyKnown() || knownInputs(op.planned())) {
            try {
                checkEligible(CloudAccess.of(op, TIMEOUTS.read()), op.planned().as(Link.class), op.diagnostics());
            } catch (CloudException e) {
                CloudErrors.report(op.diagnostics(), "checking the instances of the active-active link", e);
            }
        }
    }

    /**
     * Names the link's roles as the state read them last (the refresh before this plan), which the cloud may
     * have changed since the link was made from the source as {@code master}.
     */
    private static void warnDestroying(Link prior, Diagnostics diagnostics) {
        String role = prior.role();
        String peer = "master".equals(role) ? "slave" : "slave".equals(role) ? "master" : null;
        String roles = role == null || role.isEmpty() ? "" : " (" + prior.instanceId() + " is " + role + " now"
                + (peer == null ? "" : ", " + prior.destinationInstanceId() + " " + peer) + ")";
        diagnostics.warning("Destroying an active-active link", "Destroying " + TYPE + " for "
                + prior.instanceId() + " stops replication with " + prior.destinationInstanceId() + roles
                + "; both instances keep their data and stop replicating.");
    }

    /**
     * Links the instances. Once the cloud may have started the link it is recorded, so that Terraform never
     * loses track of it: confirmed (the job is running or done), or unconfirmed after a lost answer that no
     * read-back could settle, which fails the apply and leaves it to the next refresh.
     */
    @Override
    public void create(Create op) {
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        Link plan = op.plan().as(Link.class);
        Link link = plan.withRegion(Regions.orHome(plan.region(), cloud.region()));
        GeminiDb source = cloud.geminiDb(link.region());
        Link building = link.observed(new DualActiveInfo("", "building", link.destinationInstanceId(),
                link.destinationRegion()));
        boolean started = false;
        try {
            // The plan checked the instances (when it knew them); at apply the cloud's own answer is the check.
            Optional<String> job = start(op, source, link, building);
            started = true;
            op.setState(building);
            op.setIdentity(new Identity(link.instanceId(), link.region()));
            op.privateState().set(SOURCE_PROJECT, cloud.projectId(link.region()));
            if (job.isPresent()) {
                cloud.waiter().await(source.watchJob(job.get()), line -> LOG.info(line, "resource", TYPE));
            }
            DualActiveInfo info = source.instance(link.instanceId(), Look.now()).dualActiveInfo();
            if (info == null) {
                op.diagnostics().error("Active-active link missing", "Building the link completed, but instance "
                        + link.instanceId() + " shows no active-active link.");
                return;
            }
            op.setState(link.observed(info));
        } catch (JobFailedException e) {
            forgetIfAbsent(op, source, link);
            CloudErrors.report(op.diagnostics(), "linking " + link.instanceId() + " with "
                    + link.destinationInstanceId(), e);
        } catch (CloudException e) {
            if (started) {
                CloudErrors.warnStillBuilding(op.diagnostics(), "the active-active link", "The job linking "
                        + link.instanceId() + " with " + link.destinationInstanceId() + " was started and goes on "
                        + "in the cloud.", e);
            } else if (!(e instanceof ApiException) || !reportedExisting(op, source, link, cloud.region(), e)) {
                CloudErrors.report(op.diagnostics(), "linking " + link.instanceId() + " with "
                        + link.destinationInstanceId(), e);
            }
        }
    }

    /**
     * After the cloud refused the link: when the source is linked already, an error that names its peer and,
     * when it is this very link (made outside this state, or by a run killed before it could record it), the
     * import that brings it under management. False when the source has no link.
     */
    private static boolean reportedExisting(Create op, GeminiDb source, Link link, String home,
            CloudException refusal) {
        DualActiveInfo existing;
        try {
            existing = source.instance(link.instanceId(), Look.now()).dualActiveInfo();
        } catch (CloudException unreadable) {
            return false;
        }
        if (existing == null) {
            return false;
        }
        String detail;
        if (link.destinationInstanceId().equals(existing.destinationInstanceId())) {
            detail = ImportIds.existsAlready("The active-active link between " + link.instanceId() + " and "
                    + link.destinationInstanceId(), TYPE,
                    new ImportIds.Named(link.instanceId(), link.region()).idPart(home));
        } else {
            detail = link.instanceId() + " is linked with " + existing.destinationInstanceId() + " in "
                    + existing.destinationRegion() + " already, and an instance can have one active-active link "
                    + "only: remove that link first, or import it into a resource of its own.";
        }
        op.diagnostics().error("Already in an active-active link", detail + " The cloud refused: "
                + refusal.getMessage());
        return true;
    }

    /**
     * Asks for the link; returns the job building it, or empty when a lost answer turned out to have built it.
     * A lost answer is read back, never repeated: a running build job or the link itself proves it was made;
     * neither proves it was not; a read-back that fails proves nothing, so the link is recorded unconfirmed.
     */
    private static Optional<String> start(Create op, GeminiDb source, Link link, Link building) {
        try {
            return Optional.of(source.createDualActive(link.instanceId(), link.destinationRegion(),
                    link.destinationInstanceId()));
        } catch (OutcomeUnknownException lost) {
            try {
                Optional<Job> job = source.runningJob(BUILD_JOB, link.instanceId());
                if (job.isPresent()) {
                    return Optional.of(job.get().id());
                }
                if (source.instance(link.instanceId(), Look.now()).dualActiveInfo() != null) {
                    return Optional.empty();
                }
            } catch (CloudException unreadable) {
                op.setState(building);
                op.setIdentity(new Identity(link.instanceId(), link.region()));
                lost.addSuppressed(unreadable);
            }
            throw lost;
        }
    }

    /** After a failed job: the link is recorded only if the cloud shows it anyway. */
    private static void forgetIfAbsent(Create op, GeminiDb source, Link link) {
        try {
            if (source.instance(link.instanceId(), Look.now()).dualActiveInfo() == null) {
                op.setState(Value.nullOf(SCHEMA.type()));
            }
        } catch (CloudException unreadable) {
            // Kept as recorded: the next refresh finds out.
        }
    }

    /** A link being built shows no {@code dual_active_info} until its job completed; a running job keeps it. */
    @Override
    public void read(Read op) {
        Link current = op.current().as(Link.class);
        Cloud cloud = CloudAccess.of(op, TIMEOUTS.read());
        try {
            String region = Regions.orHome(current.region(), cloud.region());
            String project = cloud.projectId(region, op.privateState().get(SOURCE_PROJECT));
            GeminiDb source = cloud.geminiDb(region, project);
            Instance instance = source.findInstance(current.instanceId(), FIRST_LOOK).orElse(null);
            if (instance == null) {
                InstanceSearch.requireGone(cloud, current.instanceId(), region);
                op.removed();
                return;
            }
            DualActiveInfo info = instance.dualActiveInfo();
            boolean ours = info != null && (current.destinationInstanceId() == null
                    || current.destinationInstanceId().equals(info.destinationInstanceId()));
            if (ours) {
                op.setState(current.withRegion(region).observed(info));
                op.setIdentity(new Identity(current.instanceId(), region));
            } else if (info != null || !"building".equals(current.status())
                    || source.runningJob(BUILD_JOB, current.instanceId()).isEmpty()) {
                op.removed();
                return;
            }
            op.privateState().set(SOURCE_PROJECT, project);
        } catch (MisplacedInstanceException e) {
            reportMisplaced(op.diagnostics(), current.instanceId(), cloud.region(), e);
        } catch (CloudException e) {
            if (e.isNotFound()) {
                op.removed();
            } else {
                CloudErrors.report(op.diagnostics(), "reading the active-active link of " + current.instanceId(), e);
            }
        }
    }

    /** Every argument forces replacement; only the timeouts can change in place. */
    @Override
    public void update(Update op) {
        op.setState(op.plan().value());
    }

    /**
     * Removes the link. A link gone already (removed by another destroy, or the console, meanwhile) is done; an
     * instance missing from the region the state records is looked for elsewhere, never taken for gone.
     */
    @Override
    public void delete(Delete op) {
        Link prior = op.prior().as(Link.class);
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        ProgressListener progress = line -> LOG.info(line, "resource", TYPE);
        try {
            GeminiDb source = cloud.geminiDb(prior.region(),
                    cloud.projectId(prior.region(), op.privateState().get(SOURCE_PROJECT)));
            // Right before the removal, whose way depends on it: the cloud now, not the refresh's list.
            Instance instance = source.findInstance(prior.instanceId(), Look.now()).orElse(null);
            if (instance == null) {
                InstanceSearch.requireGone(cloud, prior.instanceId(), prior.region());
                return;
            }
            if (instance.dualActiveInfo() == null) {
                // Still being built (e.g. after a timed-out create): let the build end, then remove the link.
                Optional<Job> building = source.runningJob(BUILD_JOB, prior.instanceId());
                if (building.isEmpty()) {
                    return;
                }
                cloud.waiter().await(source.watchJob(building.get().id()), progress);
            }
            // A lost answer is done if the link is gone; otherwise the next destroy tries again.
            Optional<String> job = Overtaken.unlessGone(() -> source.deleteDualActive(prior.instanceId()),
                    () -> source.instance(prior.instanceId(), Look.now()).dualActiveInfo() == null);
            if (job.isPresent()) {
                cloud.waiter().await(source.watchJob(job.get()), progress);
            }
        } catch (MisplacedInstanceException e) {
            reportMisplaced(op.diagnostics(), prior.instanceId(), cloud.region(), e);
        } catch (CloudException e) {
            if (!e.isNotFound()) {
                CloudErrors.report(op.diagnostics(), "removing the active-active link of " + prior.instanceId(), e);
            }
        }
    }

    /** {@code [REGION:]INSTANCE_ID}, or the identity of an import block; checked against the cloud. */
    @Override
    public void importState(Import op) {
        Identity identity = CassandraActiveActiveImport.identity(op);
        if (identity != null) {
            op.setState(Link.adopted(identity.instanceId(), identity.region()));
            op.setIdentity(identity);
        }
    }

    /**
     * The source instance is not in the region the state records: nothing is done, and the error says how to
     * correct the state.
     */
    private static void reportMisplaced(Diagnostics diagnostics, String instanceId, String home,
            MisplacedInstanceException e) {
        String id = e.actualRegion() == null ? CassandraActiveActiveImport.FORMAT
                : "`" + new ImportIds.Named(instanceId, e.actualRegion()).idPart(home) + "`";
        e.report(diagnostics, TYPE, id);
    }

    /**
     * The link's requirements, each failure a diagnostic at the attribute it is about: both instances exist,
     * are Cassandra with classic storage and idle, and the destination region is one the service offers.
     */
    private static void checkEligible(Cloud cloud, Link link, Diagnostics diagnostics) {
        Instance source = eligible(cloud, link.region(), link.instanceId(), "instance_id", diagnostics);
        eligible(cloud, link.destinationRegion(), link.destinationInstanceId(), "destination_instance_id", diagnostics);
        if (source == null) {
            return;
        }
        List<String> offered = cloud.geminiDb(link.region()).dualActiveRegions(link.instanceId(),
                link.destinationRegion(), FIRST_LOOK);
        if (!offered.contains(link.destinationRegion())) {
            diagnostics.error(AttributePath.root().attr("destination_region"), "Region not offered",
                    "Instance " + link.instanceId() + " can have an active-active peer only in " + offered + ".");
        }
    }

    private static Instance eligible(Cloud cloud, String region, String id, String attribute, Diagnostics diagnostics) {
        AttributePath at = AttributePath.root().attr(attribute);
        Instance instance = cloud.geminiDb(region).findInstance(id, FIRST_LOOK).orElse(null);
        if (instance == null) {
            diagnostics.error(at, "Instance not found", "No GeminiDB instance " + id + " in " + region + ".");
        } else if (instance.datastore() == null || !"cassandra".equals(instance.datastore().type())) {
            diagnostics.error(at, "Not a Cassandra instance", "Instance " + id + " is not GeminiDB Cassandra.");
        } else if (!"Cluster".equals(instance.mode())) {
            diagnostics.error(at, "Not classic storage", "Instance " + id + " uses " + instance.mode()
                    + " storage; active-active links need classic storage (mode Cluster).");
        } else if (!instance.isIdle()) {
            diagnostics.error(at, "Instance busy", "Instance " + id + " is " + instance.status()
                    + (instance.actions().isEmpty() ? "" : " running " + instance.actions())
                    + "; wait until it is normal and idle.");
        } else {
            return instance;
        }
        return null;
    }

    private static boolean knownInputs(ObjectData planned) {
        return java.util.stream.Stream.of("instance_id", "region", "destination_instance_id", "destination_region")
                .allMatch(name -> planned.get(name).isKnown());
    }
}
