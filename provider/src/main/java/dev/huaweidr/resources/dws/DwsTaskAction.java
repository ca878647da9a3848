package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.Dws;
import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.ActionAttributes;
import dev.huaweidr.resources.ActionRefusal;
import dev.huaweidr.resources.ActionProgress;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.CloudIds;
import java.time.Duration;
import java.util.List;

/**
 * An operation on a DWS DR task as an action. DWS answers these calls at once, with no job: the task passes
 * through a transitional status and settles, so the action checks the task first, says what the operation
 * costs, starts it, and follows the task until it settles, reporting each change of status and the
 * clusters' progress. It calls through one region, chosen by {@link DwsCallThrough}. Each subclass names one
 * operation and what it costs.
 */
abstract class DwsTaskAction implements Action {
    private static final Duration TIMEOUT = Duration.ofMinutes(60);
    private static final String CHECK = "read the task's status and cluster roles with the "
            + "`huaweidr_dws_disaster_recovery` data source before invoking it again.";

    record Config(String disasterRecoveryId, String region, String standbyRegion, String callThrough,
            String timeout) {
    }

    /**
     * What DWS says about an operation, which moves the task through a transitional status.
     *
     * @param name           its name, also the last segment of its API path, e.g. {@code failover}
     * @param doing          it as a verb in messages, e.g. {@code failing over}
     * @param startsFrom     the statuses it starts from
     * @param documented     whether the API documents {@code startsFrom} as the only ones: then the action
     *                       refuses the others; otherwise it warns and lets DWS decide
     * @param transitional   the status the task shows while it runs
     * @param goal           what the task looks like once it succeeded, e.g. {@code roles swapped}
     * @param minimumVersion the cluster version it needs, e.g. {@code 8.1.2}, or null for none beyond DWS 2.0
     */
    record Transition(String name, String doing, List<String> startsFrom, boolean documented, String transitional,
            String goal, String minimumVersion) {
    }

    private final String type;
    private final Transition transition;

    DwsTaskAction(String type, Transition transition) {
        this.type = type;
        this.transition = transition;
    }

    @Override
    public String typeName() {
        return type;
    }

    abstract boolean reached(DisasterRecovery before, DisasterRecovery after);

    /** The progress line said before starting: what the operation costs, in this task's terms. */
    abstract String cost(DisasterRecovery before);

    /** The progress line said after success: the outcome and what may come next. */
    abstract String outcome(DisasterRecovery after);

    abstract void start(Dws dws, String id);

    /** What the action does and costs (Markdown); the APIs it calls are added. */
    abstract String description();

    @Override
    public Schema schema() {
        return Schema.of(Block.of(
                Attribute.string("disaster_recovery_id").required()
                        .validators(CloudIds.validator())
                        .description("ID of the DWS DR task."),
                ActionAttributes.region("the task: the region of the cluster it was created with as primary"),
                DwsCallThrough.standbyRegionAttribute(),
                DwsCallThrough.callThroughAttribute(),
                ActionAttributes.timeout(TIMEOUT))
                .description(description() + "\n\nAPIs, all through the region `call_through` chooses: "
                        + "`GET /v2/{project_id}/disaster-recovery/{id}` (before, and polled until the task "
                        + "settles), `POST /v2/{project_id}/disaster-recovery/{id}/" + transition.name() + "`."))
                .configValidators(DwsCallThrough.standbyRegionWhenChosen());
    }

    @Override
    public void invoke(Invoke op) {
        Config config = op.config().as(Config.class);
        Cloud cloud = CloudAccess.of(op, ActionAttributes.timeout(config.timeout(), TIMEOUT));
        String id = config.disasterRecoveryId();
        ActionProgress progress = new ActionProgress(op, type);
        String doing = transition.doing() + " DWS DR task " + id;
        try {
            DwsCallThrough.Chosen side = DwsCallThrough.choose(cloud, config, progress);
            doing += " through " + side.region();
            DisasterRecovery before = side.task().orElse(null);
            String refusal = before == null ? "There is no DWS DR task " + id + " in " + side.region() + "."
                    : statusRefusal(before);
            if (refusal == null) {
                refusal = DwsClusterVersions.refusal(before, transition.name(), transition.minimumVersion());
            }
            if (refusal != null) {
                ActionRefusal.report(op.diagnostics(), "Cannot start the " + transition.name() + " of DWS DR task "
                        + id, refusal);
                return;
            }
            warnUnchecked(op, before);
            progress.done("Checked task " + before.name() + " (" + id + ") through " + side.through() + ": "
                    + before.status() + ", primary " + DwsRoles.primaryName(before) + ", standby "
                    + DwsRoles.standbyName(before) + ", last successful synchronization " + lastSync(before));
            progress.progress(cost(before));
            start(side.dws(), id);
            progress.done("Requested the " + transition.name() + " through " + side.region());
            DisasterRecovery after = cloud.waiter().await(side.dws().watchTransition(id, transition.transitional(),
                    transition.goal(), now -> reached(before, now)), progress);
            progress.progress(outcome(after));
        } catch (CloudException e) {
            CloudErrors.reportAction(op.diagnostics(), doing, e, progress.soFar(), CHECK);
        }
    }

    /** Why the task's status rules the operation out, or null: only where the API documents the statuses. */
    private String statusRefusal(DisasterRecovery task) {
        if (!transition.documented() || transition.startsFrom().contains(task.status())) {
            return null;
        }
        return "Task " + task.name() + " (" + task.id() + ") is " + task.status() + "; a " + transition.name()
                + " can start only from " + String.join(", ", transition.startsFrom()) + ".";
    }

    /** Warnings for what the action cannot judge and leaves to DWS: an unusual status, an unread version. */
    private void warnUnchecked(Invoke op, DisasterRecovery task) {
        if (!transition.startsFrom().contains(task.status())) {
            op.diagnostics().warning("DWS decides on the " + transition.name(), "Task " + task.name() + " ("
                    + task.id() + ") is " + task.status() + ", not one of the statuses a " + transition.name()
                    + " usually starts from (" + String.join(", ", transition.startsFrom()) + "). DWS documents "
                    + "no status that rules it out, so the action asks for it and leaves the decision to DWS.");
        }
        List<String> unread = DwsClusterVersions.unread(task);
        if (!unread.isEmpty()) {
            op.diagnostics().warning("Cluster version not checked", "The version of " + String.join(" and ", unread)
                    + " could not be read, so whether each is a DWS 2.0 cluster"
                    + (transition.minimumVersion() == null ? "" : " of version " + transition.minimumVersion()
                            + " or later")
                    + " was left to DWS.");
        }
    }

    static String lastSync(DisasterRecovery dr) {
        return DwsRoles.lastSuccess(dr).orElse("unknown (never reported)");
    }
}
