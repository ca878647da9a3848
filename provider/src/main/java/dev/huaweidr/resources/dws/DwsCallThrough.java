package dev.huaweidr.resources.dws;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.ConnectionFailedException;
import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.Dws;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.ConfigValidator;
import dev.huaweidr.framework.schema.ConfigValidators;
import dev.huaweidr.framework.schema.Validators;
import dev.huaweidr.resources.ActionProgress;
import dev.huaweidr.resources.Regions;
import java.util.Optional;

/**
 * Which region a DWS DR task action calls through. DWS serves a cross-region task from both its clusters'
 * regions (docs/cloud-contract.md), so an operation can be made from the standby's side while the primary's
 * region is down. The rule, in the {@code call_through} description, is decided by the first read of the task,
 * before anything is changed, and kept for the whole action: a change request whose answer was lost is never
 * repeated through the other region, where it would act twice.
 */
final class DwsCallThrough {
    static final String AUTO = "auto";
    static final String REGION = "region";
    static final String STANDBY_REGION = "standby_region";

    private DwsCallThrough() {
    }

    static Attribute standbyRegionAttribute() {
        return Attribute.string(STANDBY_REGION).optional()
                .validators(Regions.validator())
                .description("Region of the task's standby cluster (the one the task was created with as "
                        + "standby), for a cross-region task. DWS serves the task there too, so the action can "
                        + "call through it while `region` does not answer: see `call_through`.");
    }

    static Attribute callThroughAttribute() {
        return Attribute.string("call_through").optional()
                .validators(Validators.oneOf(AUTO, REGION, STANDBY_REGION))
                .description("The region the action calls: `region`, `standby_region`, or `auto` (the default): "
                        + "`region`, unless it gives no answer to the first read of the task (no connection, a "
                        + "timeout, or a 5xx error once retries are spent) and `standby_region` names another "
                        + "region, then `standby_region`. The region is chosen before anything is changed and "
                        + "kept for the whole action, whose progress says which it called and why.");
    }

    static ConfigValidator standbyRegionWhenChosen() {
        return ConfigValidators.requiredWhen("call_through", STANDBY_REGION, STANDBY_REGION);
    }

    /**
     * The region chosen and the task as read there (empty when that region has no such task).
     *
     * @param through how it was chosen, for messages: {@code ap-southeast-3 (`standby_region`)}
     */
    record Chosen(Dws dws, String through, Optional<DisasterRecovery> task) {
        String region() {
            return dws.region();
        }
    }

    /** Reads task {@code id} through the region the configuration and the rule choose. */
    static Chosen choose(Cloud cloud, DwsTaskAction.Config config, ActionProgress progress) {
        String region = Regions.orHome(config.region(), cloud.region());
        String standby = config.standbyRegion();
        String mode = config.callThrough() == null ? AUTO : config.callThrough();
        if (STANDBY_REGION.equals(mode)) {
            return read(cloud, standby, STANDBY_REGION, config.disasterRecoveryId());
        }
        try {
            return read(cloud, region, REGION, config.disasterRecoveryId());
        } catch (CloudException e) {
            if (!AUTO.equals(mode) || !gaveNoAnswer(e)) {
                throw e;
            }
            if (standby == null || standby.equals(region)) {
                throw new CloudException(e.getMessage() + " To call through the region of the task's standby "
                        + "cluster while " + region + " does not answer, set `standby_region`.", e);
            }
            progress.progress(region + " did not answer, so the action calls through standby_region " + standby
                    + " instead: " + e.getMessage());
            try {
                return read(cloud, standby, STANDBY_REGION, config.disasterRecoveryId());
            } catch (CloudException second) {
                second.addSuppressed(e);
                throw new CloudException("Neither region answered. " + region + " (`region`): " + e.getMessage()
                        + " " + standby + " (`standby_region`): " + second.getMessage(), second);
            }
        }
    }

    private static Chosen read(Cloud cloud, String region, String attribute, String id) {
        Dws dws = cloud.dws(region);
        return new Chosen(dws, region + " (`" + attribute + "`)", dws.findDisasterRecovery(id));
    }

    /** No answer at all, or a server error that outlived the retries: what a region that is down gives. */
    private static boolean gaveNoAnswer(CloudException e) {
        return e instanceof ConnectionFailedException
                || e instanceof ApiException api && api.httpStatus() >= 500;
    }
}
