package dev.huaweidr.resources.dws;

import static dev.huaweidr.resources.dws.DwsTaskSchema.TIMEOUTS;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.dws.CreateDisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery.DrCluster;
import dev.huaweidr.cloud.dws.DrTaskSummary;
import dev.huaweidr.cloud.dws.Dws;
import dev.huaweidr.cloud.wait.JobFailedException;
import dev.huaweidr.cloud.wait.ProgressListener;
import dev.huaweidr.framework.resource.Create;
import dev.huaweidr.framework.resource.Delete;
import dev.huaweidr.framework.resource.IdentitySchema;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.framework.resource.PlanChange;
import dev.huaweidr.framework.resource.Read;
import dev.huaweidr.framework.resource.ResourceOperation;
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
import dev.huaweidr.resources.Overtaken;
import dev.huaweidr.resources.Regions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code huaweidr_dws_disaster_recovery_task}: a DWS DR task, made, started, paused, reconfigured and deleted
 * through the task's region (its primary cluster's). DWS answers each call at once and moves the task through
 * a transitional status, which every operation follows until it settles. Its schema and documentation are in
 * {@link DwsTaskSchema}.
 */
public final class DwsDisasterRecoveryTask implements ResourceWithImport, ResourceWithIdentity, ResourceWithPlan {
    static final String TYPE = "huaweidr_dws_disaster_recovery_task";
    private static final Logger LOG = Logger.named("dws");
    private static final ProgressListener PROGRESS = line -> LOG.info(line, "resource", TYPE);

    /** The resource's data; the cluster ids are the slots the task was made with, which never swap. */
    record Task(String id, String name, String drType, String region, String primaryClusterId,
            String standbyClusterId, String standbyRegion, String standbyProjectId, String drSyncPeriod,
            Boolean enabled, String status, String currentPrimaryClusterId, String createTime, String startTime,
            String lastSuccessTime, List<DwsClusters.ClusterState> clusters, Value timeouts) {

        /** A task found in the cloud and never recorded before (import): the next read fills in the rest. */
        static Task adopted(String id, String region) {
            return new Task(id, null, null, region, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
        }

        /** Just made: what the plan says, and the id DWS gave it. */
        Task made(String taskId) {
            return new Task(taskId, name, drType, region, primaryClusterId, standbyClusterId, standbyRegion,
                    standbyProjectId, drSyncPeriod, enabled, "creating", null, null, null, null, null, timeouts);
        }

        /**
         * As DWS reports it now. {@code enabled} follows the status; one that says nothing about it keeps this
         * value. The standby's project, which the detail does not show, is {@code standbyProject}.
         */
        Task observed(DisasterRecovery dr, String standbyProject) {
            String standbyIn = dr.standbyCluster() == null || isBlank(dr.standbyCluster().region()) ? standbyRegion
                    : dr.standbyCluster().region();
            return new Task(dr.id() == null ? id : dr.id(), dr.name(), dr.drType(), region,
                    slot(dr.primaryCluster(), primaryClusterId), slot(dr.standbyCluster(), standbyClusterId),
                    standbyIn, standbyProject, dr.drSyncPeriod(), DwsTaskStatus.enabled(dr.status(), enabled),
                    dr.status(), DwsRoles.primary(dr).map(DrCluster::id).orElse(null), dr.createTime(),
                    dr.startTime(), DwsRoles.lastSuccess(dr).orElse(null), DwsClusters.of(dr), timeouts);
        }

        Task withEnabled(Boolean value) {
            return new Task(id, name, drType, region, primaryClusterId, standbyClusterId, standbyRegion,
                    standbyProjectId, drSyncPeriod, value, status, currentPrimaryClusterId, createTime, startTime,
                    lastSuccessTime, clusters, timeouts);
        }

        /** With the places the configuration left to the provider: regions and the standby's project. */
        Task placed(String taskRegion, String standbyIn, String standbyProject) {
            return new Task(id, name, drType, taskRegion, primaryClusterId, standbyClusterId, standbyIn,
                    standbyProject, drSyncPeriod, enabled, status, currentPrimaryClusterId, createTime, startTime,
                    lastSuccessTime, clusters, timeouts);
        }

        boolean isCrossRegion() {
            return "region".equals(drType);
        }

        private static String slot(DrCluster cluster, String recorded) {
            return cluster == null || isBlank(cluster.id()) ? recorded : cluster.id();
        }
    }

    record Identity(String disasterRecoveryId, String region) {
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public Schema schema() {
        return DwsTaskSchema.SCHEMA;
    }

    @Override
    public IdentitySchema identitySchema() {
        return IdentitySchema.of(
                IdentitySchema.Attribute.required("disaster_recovery_id", Type.STRING, "The task's ID."),
                IdentitySchema.Attribute.optional("region", Type.STRING, "Its region; the provider's by default."));
    }

    /**
     * Destroys are announced with the roles as they are now. A new task gets the provider's region where the
     * configuration names none and is checked against the cloud once its inputs are known; a change says
     * what it costs (a running task is paused for a new sync period) or, when the task's status allows no way
     * there, fails the plan.
     */
    @Override
    public void modifyPlan(PlanChange op) {
        if (op.isDestroy()) {
            Task prior = op.prior().as(Task.class);
            String primary = prior.currentPrimaryClusterId() == null ? prior.primaryClusterId()
                    : prior.currentPrimaryClusterId();
            String standby = Objects.equals(primary, prior.primaryClusterId()) ? prior.standbyClusterId()
                    : prior.primaryClusterId();
            op.diagnostics().warning("Destroying a DWS DR task", "Destroying " + TYPE + " " + prior.name()
                    + " stops disaster recovery from " + primary + " (primary) to " + standby + " (standby): a "
                    + "running task is paused, then deleted. Both clusters keep their data.");
            return;
        }
        if (!op.isCreate()) {
            planChange(op);
            return;
        }
        Cloud root = op.providerIfConfigured(Cloud.class).orElse(null);
        if (root == null) {
            return;
        }
        Value planned = op.planned().value();
        if (op.config().get("region").isNull()) {
            planned = planned.withAttr("region", Value.string(root.region()));
        }
        Value type = planned.attr("dr_type");
        if (type.isKnown() && "az".equals(type.asString())) {
            if (op.config().get("standby_region").isNull()) {
                planned = planned.withAttr("standby_region", planned.attr("region"));
            }
            planned = planned.withAttr("standby_project_id", Value.nullOf(Type.STRING));
        }
        op.setPlanned(planned);
        new DwsTaskSchema.StandbyPlacement().validate(op.config().value().withAttr("region", planned.attr("region")),
                op.diagnostics());
        Task task = op.planned().as(Task.class);
        if (op.diagnostics().hasErrors() || !knownInputs(op)) {
            return;
        }
        try {
            DwsTaskChecks.check(CloudAccess.of(op, TIMEOUTS.read()), task, op.diagnostics());
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "checking the clusters of DWS DR task " + task.name(), e);
        }
    }

    private static boolean knownInputs(PlanChange op) {
        return Stream.of("name", "dr_type", "region", "primary_cluster_id", "standby_cluster_id", "standby_region")
                .allMatch(name -> op.planned().get(name).isKnown());
    }

    /**
     * A task DWS failed to make is made again. A new sync period or {@code enabled} is checked against the
     * status the refresh read (a transitional one, or values not known yet, are left to the apply, which waits
     * for the task to settle and checks again).
     */
    private static void planChange(PlanChange op) {
        Task prior = op.prior().as(Task.class);
        Task planned = op.planned().as(Task.class);
        if ("create_failed".equals(prior.status())) {
            op.setPlanned(op.planned().value().withAttr("status", Value.unknown(Type.STRING)));
            op.requireReplace(AttributePath.root().attr("status"));
            op.diagnostics().warning("DWS DR task failed to be made", "DWS could not make task " + prior.name()
                    + " (" + prior.id() + ", status create_failed), so it is deleted and made again.");
            return;
        }
        boolean newPeriod = planned.drSyncPeriod() != null && !planned.drSyncPeriod().equals(prior.drSyncPeriod());
        boolean toggled = planned.enabled() != null && !planned.enabled().equals(prior.enabled());
        if ((!newPeriod && !toggled) || planned.enabled() == null || prior.status() == null
                || DwsTaskStatus.TRANSITIONAL.contains(prior.status())) {
            return;
        }
        DwsTaskStatus.Steps steps = DwsTaskStatus.toReach(prior.status(), newPeriod, planned.enabled());
        if (steps.refusal() != null) {
            op.diagnostics().error(AttributePath.root().attr(newPeriod ? "dr_sync_period" : "enabled"),
                    "Cannot change DWS DR task " + prior.name(), steps.refusal());
        } else if (newPeriod && steps.pause() && steps.start()) {
            op.diagnostics().warning("The DWS DR task is paused to change its sync period", "DWS takes a new "
                    + "sync period only while a task is stopped: task " + prior.name() + " is paused, given "
                    + planned.drSyncPeriod() + ", and started again, which begins the new period. No data is "
                    + "synchronized in between.");
        }
    }

    /**
     * Makes the task, then starts it unless {@code enabled = false}. Once DWS has accepted it, the task is
     * recorded: a creation that fails ({@code create_failed}) fails the apply and is replaced by the next one;
     * anything else that goes wrong afterwards (a failed start, the timeout, an interrupt) is a warning, so
     * that the task is kept, and the next plan reads it and plans what is still missing.
     */
    @Override
    public void create(Create op) {
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        Task target;
        try {
            target = placed(cloud, op.plan().as(Task.class));
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "finding the IAM project of the standby's region", e);
            return;
        }
        Dws dws = cloud.dws(target.region());
        String id;
        try {
            id = requestCreate(dws, target);
        } catch (CloudException e) {
            if (!(e instanceof ApiException) || !reportedExisting(op, cloud, target, e)) {
                CloudErrors.report(op.diagnostics(), "making DWS DR task " + target.name(), e);
            }
            return;
        }
        Task made = target.made(id);
        op.setState(made);
        op.setIdentity(identity(made));
        try {
            cloud.waiter().await(dws.watchStatus(id, "unstart"), PROGRESS);
        } catch (JobFailedException e) {
            recordAsIs(op, dws, made);
            CloudErrors.report(op.diagnostics(), "making DWS DR task " + target.name(), e);
            return;
        } catch (CloudException e) {
            CloudErrors.warnStillBuilding(op.diagnostics(), "the DWS DR task", "DWS accepted task " + target.name()
                    + " (" + id + ") and goes on making it.", e);
            return;
        }
        try {
            if (target.enabled()) {
                start(cloud, dws, id);
            }
            op.setState(made.observed(dws.disasterRecovery(id), target.standbyProjectId()));
        } catch (CloudException e) {
            // The planned `enabled` must come back as planned; the next refresh reads the real one.
            recordAsIs(op, dws, made);
            op.setState(op.state().withAttr("enabled", Value.bool(target.enabled())));
            op.diagnostics().warning("DWS DR task made, not started", "Task " + target.name() + " (" + id + ") is "
                    + "made and recorded, but starting it failed: " + e.getMessage() + ". The next plan reads the "
                    + "task as it is and plans the start again.");
        }
    }

    /** The regions and the standby's project the plan left open: the provider's region, IAM's project. */
    private static Task placed(Cloud cloud, Task plan) {
        String region = Regions.orHome(plan.region(), cloud.region());
        String standbyRegion = plan.isCrossRegion() ? plan.standbyRegion() : Regions.orHome(plan.standbyRegion(),
                region);
        String standbyProject = !plan.isCrossRegion() ? null
                : isBlank(plan.standbyProjectId()) ? cloud.projectId(standbyRegion) : plan.standbyProjectId();
        return plan.placed(region, standbyRegion, standbyProject);
    }

    /** A lost answer is read back by name (unique in the region), never repeated. */
    private static String requestCreate(Dws dws, Task target) {
        CreateDisasterRecovery body = new CreateDisasterRecovery(target.name(), target.drType(),
                target.primaryClusterId(), target.standbyClusterId(), target.drSyncPeriod(), null, null,
                target.isCrossRegion() ? target.standbyRegion() : null, target.standbyProjectId());
        try {
            return dws.create(body);
        } catch (OutcomeUnknownException lost) {
            try {
                Optional<DrTaskSummary> found = dws.findByName(target.name());
                if (found.isPresent() && found.get().involves(target.primaryClusterId())) {
                    return found.get().id();
                }
            } catch (CloudException unreadable) {
                lost.addSuppressed(unreadable);
            }
            throw lost;
        }
    }

    /**
     * After the cloud refused to make the task: when a task joins either cluster already, an error that names
     * it and, when it is this very task, the import that adopts it. False when there is none.
     */
    private static boolean reportedExisting(Create op, Cloud cloud, Task target, CloudException refusal) {
        Optional<DrTaskSummary> existing;
        try {
            existing = DwsTaskChecks.joining(cloud, target);
        } catch (CloudException unreadable) {
            return false;
        }
        existing.ifPresent(task -> op.diagnostics().error("Cluster already in a DR task",
                DwsTaskChecks.inTaskAlready(task, target, cloud.region()) + " The cloud refused: "
                        + refusal.getMessage()));
        return existing.isPresent();
    }

    @Override
    public void read(Read op) {
        Task current = op.current().as(Task.class);
        Cloud cloud = CloudAccess.of(op, TIMEOUTS.read());
        String region = Regions.orHome(current.region(), cloud.region());
        try {
            Dws dws = cloud.dws(region);
            DisasterRecovery dr = dws.findDisasterRecovery(current.id()).orElse(null);
            if (dr == null || "deleted".equals(dr.status())) {
                op.removed();
                return;
            }
            Task now = current.placed(region, current.standbyRegion(), current.standbyProjectId())
                    .observed(dr, standbyProject(dws, current, dr));
            op.setState(now);
            op.setIdentity(identity(now));
        } catch (CloudException e) {
            if (e.isNotFound()) {
                op.removed();
            } else {
                CloudErrors.report(op.diagnostics(), "reading DWS DR task " + current.id(), e);
            }
        }
    }

    /** The standby's project of a cross-region task: as recorded, else as the task list shows it (imports). */
    private static String standbyProject(Dws dws, Task current, DisasterRecovery dr) {
        if (!"region".equals(dr.drType()) || !isBlank(current.standbyProjectId())) {
            return "region".equals(dr.drType()) ? current.standbyProjectId() : null;
        }
        return dws.summary(current.id()).map(DrTaskSummary::standbyClusterProjectId).filter(p -> !isBlank(p))
                .orElse(null);
    }

    /**
     * Pauses, sets the sync period and starts, as far as the plan needs (a running task is paused for a new
     * period and started again), once the task has left any transitional status. Whatever happens, the state
     * records the task as it is then.
     */
    @Override
    public void update(Update op) {
        Task plan = op.plan().as(Task.class);
        Task prior = op.prior().as(Task.class);
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        Dws dws = cloud.dws(prior.region());
        String id = prior.id();
        boolean newPeriod = !plan.drSyncPeriod().equals(prior.drSyncPeriod());
        try {
            DisasterRecovery now = settled(cloud, dws, id);
            DwsTaskStatus.Steps steps = DwsTaskStatus.toReach(now.status(), newPeriod, plan.enabled());
            if (steps.refusal() != null) {
                op.setState(plan.withEnabled(prior.enabled()).observed(now, plan.standbyProjectId()));
                op.diagnostics().error(AttributePath.root().attr(newPeriod ? "dr_sync_period" : "enabled"),
                        "Cannot change DWS DR task " + prior.name(), steps.refusal() + " Nothing was changed.");
                return;
            }
            if (steps.pause()) {
                pause(cloud, dws, id, "stopped");
            }
            if (steps.updateSyncPeriod()) {
                updateSyncPeriod(dws, id, plan.drSyncPeriod());
            }
            if (steps.start()) {
                start(cloud, dws, id);
            }
            op.setState(plan.observed(dws.disasterRecovery(id), plan.standbyProjectId()));
        } catch (CloudException e) {
            recordAsIs(op, dws, plan.withEnabled(prior.enabled()));
            CloudErrors.report(op.diagnostics(), "changing DWS DR task " + prior.name(), e);
        }
    }

    /** A lost answer is read back: the task shows the new period, or the change is reported as not made. */
    private static void updateSyncPeriod(Dws dws, String id, String period) {
        try {
            dws.updateSyncPeriod(id, period);
        } catch (OutcomeUnknownException lost) {
            try {
                if (period.equals(dws.disasterRecovery(id).drSyncPeriod())) {
                    return;
                }
            } catch (CloudException unreadable) {
                lost.addSuppressed(unreadable);
            }
            throw lost;
        }
    }

    /**
     * Pauses a running task, if it is not gone or going already, then deletes it and waits until DWS no
     * longer shows it. A task that another destroy or the console deleted meanwhile is destroyed already.
     */
    @Override
    public void delete(Delete op) {
        Task prior = op.prior().as(Task.class);
        Cloud cloud = CloudAccess.of(op, op.timeout(TIMEOUTS));
        Dws dws = cloud.dws(prior.region());
        String id = prior.id();
        try {
            Optional<DisasterRecovery> found = dws.findDisasterRecovery(id);
            if (found.isEmpty()) {
                return;
            }
            if (!"deleting".equals(found.get().status())) {
                if ("running".equals(settled(cloud, dws, id).status())) {
                    pause(cloud, dws, id, "stopped", "stop_failed");
                }
                Overtaken.unlessGone(() -> {
                    dws.delete(id);
                    return id;
                }, () -> dws.findDisasterRecovery(id).isEmpty());
            }
            cloud.waiter().await(dws.watchDeleted(id), PROGRESS);
        } catch (CloudException e) {
            if (!e.isNotFound()) {
                CloudErrors.report(op.diagnostics(), "deleting DWS DR task " + prior.name(), e);
            }
        }
    }

    /** {@code [REGION:]DISASTER_RECOVERY_ID}, or the identity of an import block; checked against the cloud. */
    @Override
    public void importState(Import op) {
        Identity identity = DwsTaskImport.identity(op);
        if (identity != null) {
            op.setState(Task.adopted(identity.disasterRecoveryId(), identity.region()));
            op.setIdentity(identity);
        }
    }

    /** What a read produces for a task never recorded before, listed in {@code region}. */
    static Task found(Dws dws, DrTaskSummary summary) {
        Task adopted = Task.adopted(summary.id(), dws.region());
        DisasterRecovery dr = dws.disasterRecovery(summary.id());
        return adopted.observed(dr, "region".equals(dr.drType()) ? summary.standbyClusterProjectId() : null);
    }

    static Identity identity(Task task) {
        return new Identity(task.id(), task.region());
    }

    /** The task once it has left any transitional status (a switchover, a start someone else made, ...). */
    private static DisasterRecovery settled(Cloud cloud, Dws dws, String id) {
        DisasterRecovery now = dws.disasterRecovery(id);
        if (!DwsTaskStatus.TRANSITIONAL.contains(now.status())) {
            return now;
        }
        return cloud.waiter().await(dws.watchUntil(id, "a settled status",
                dr -> !DwsTaskStatus.TRANSITIONAL.contains(dr.status())), PROGRESS);
    }

    private static void start(Cloud cloud, Dws dws, String id) {
        request(dws, id, () -> dws.start(id), "starting", "running");
        cloud.waiter().await(dws.watchStatus(id, "running"), PROGRESS);
    }

    /** Pauses and waits for one of {@code settled} ({@code stop_failed} still lets a delete go on). */
    private static void pause(Cloud cloud, Dws dws, String id, String... settled) {
        request(dws, id, () -> dws.pause(id), "stopping", "stopped");
        cloud.waiter().await(dws.watchStatus(id, settled), PROGRESS);
    }

    /**
     * Asks for a transition. A lost answer is read back, never repeated: the task in the transitional status
     * or already at its goal shows the request was taken.
     */
    private static void request(Dws dws, String id, Runnable call, String transitional, String goal) {
        try {
            call.run();
        } catch (OutcomeUnknownException lost) {
            try {
                String status = dws.disasterRecovery(id).status();
                if (transitional.equals(status) || goal.equals(status)) {
                    return;
                }
            } catch (CloudException unreadable) {
                lost.addSuppressed(unreadable);
            }
            throw lost;
        }
    }

    /** Records {@code known} as the cloud shows it now; kept as it is when the cloud cannot be read. */
    private static void recordAsIs(ResourceOperation op, Dws dws, Task known) {
        try {
            dws.findDisasterRecovery(known.id())
                    .ifPresent(dr -> op.setState(known.observed(dr, known.standbyProjectId())));
        } catch (CloudException unreadable) {
            // What was recorded stays: the next refresh reads the task.
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
