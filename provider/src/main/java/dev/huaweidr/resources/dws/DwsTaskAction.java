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
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.List;

/**
 * An operation on a DWS DR task as an action. DWS answers these calls at once, with no job: the task passes
 * through a transitional status and settles, so the action checks the task first, says what the operation
 * costs, starts it, and follows the task until it settles, reporting each change of status and the
 * clusters' progress. Each subclass names one operation and what it costs.
 */
abstract class DwsTaskAction implements Action {
    private static final Duration TIMEOUT = Duration.ofMinutes(60);
    private static final String CHECK = "read the task's status and cluster roles with the "
            + "`huaweidr_dws_disaster_recovery` data source before invoking it again.";

    record Config(String disasterRecoveryId, String region, String timeout) {
    }

    /**
     * What DWS says about an operation, which moves the task through a transitional status.
     *
     * @param name         its name, also the last segment of its API path, e.g. {@code failover}
     * @param doing        it as a verb in messages, e.g. {@code failing over}
     * @param allowedFrom  the statuses DWS starts it from
     * @param transitional the status the task shows while it runs
     * @param goal         what the task looks like once it succeeded, e.g. {@code roles swapped}
     */
    record Transition(String name, String doing, List<String> allowedFrom, String transitional, String goal) {
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
                ActionAttributes.region("the task (its primary cluster's region)"),
                ActionAttributes.timeout(TIMEOUT))
                .description(description() + "\n\nAPIs: `GET /v2/{project_id}/disaster-recovery/{id}` (before, "
                        + "and polled until the task settles), `POST /v2/{project_id}/disaster-recovery/{id}/"
                        + transition.name() + "`."));
    }

    @Override
    public void invoke(Invoke op) {
        Config config = op.config().as(Config.class);
        Cloud cloud = CloudAccess.of(op, ActionAttributes.timeout(config.timeout(), TIMEOUT));
        String id = config.disasterRecoveryId();
        String region = Regions.orHome(config.region(), cloud.region());
        Dws dws = cloud.dws(region);
        ActionProgress progress = new ActionProgress(op, type);
        try {
            DisasterRecovery before = dws.findDisasterRecovery(id).orElse(null);
            String refusal = before == null ? "There is no DWS DR task " + id + " in " + region + "."
                    : transition.allowedFrom().contains(before.status()) ? null
                    : "Task " + before.name() + " (" + id + ") is " + before.status() + "; a " + transition.name()
                            + " can start only from " + String.join(", ", transition.allowedFrom()) + ".";
            if (refusal != null) {
                ActionRefusal.report(op.diagnostics(), "Cannot start the " + transition.name() + " of DWS DR task "
                        + id, refusal);
                return;
            }
            progress.done("Checked task " + before.name() + " (" + id + "): " + before.status() + ", primary "
                    + DwsRoles.primaryName(before) + ", standby " + DwsRoles.standbyName(before)
                    + ", last successful synchronization " + lastSync(before));
            progress.progress(cost(before));
            start(dws, id);
            progress.done("Requested the " + transition.name());
            DisasterRecovery after = cloud.waiter().await(dws.watchTransition(id, transition.transitional(),
                    transition.goal(), now -> reached(before, now)), progress);
            progress.progress(outcome(after));
        } catch (CloudException e) {
            CloudErrors.reportAction(op.diagnostics(), transition.doing() + " DWS DR task " + id, e,
                    progress.soFar(), CHECK);
        }
    }

    static String lastSync(DisasterRecovery dr) {
        return DwsRoles.lastSuccess(dr).orElse("unknown (never reported)");
    }
}
