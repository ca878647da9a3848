package dev.huaweidr.resources.dws;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidator;
import dev.huaweidr.framework.schema.RequiresReplace;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Timeouts;
import dev.huaweidr.framework.schema.UseStateForUnknown;
import dev.huaweidr.framework.schema.Validators;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.resources.CloudIds;
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The schema of {@code huaweidr_dws_disaster_recovery_task}: what a user reads in the documentation. */
final class DwsTaskSchema {
    /** A number of 1 to 3000 and its unit (spec §4.1); DWS takes the unit as written, `H` upper case. */
    private static final Pattern SYNC_PERIOD = Pattern.compile("([1-9][0-9]{0,3})([mHd])");

    private static final RequiresReplace REPLACES = RequiresReplace.always("Changing this value replaces the "
            + "task: it is paused and deleted, and a new one is made, so the standby has no DR protection until "
            + "the new task has synchronized. Guard with `lifecycle { prevent_destroy = true }`.");

    /** After an import the standby's project may be unknown (null): the first value is only recorded. */
    private static final RequiresReplace REPLACE_ONCE_RECORDED = RequiresReplace.when(
            (prior, planned) -> !prior.isNull(), "Changing this value replaces the task (after an import the first "
                    + "value is only recorded).");

    static final Timeouts TIMEOUTS = Timeouts.readingAtMost(Duration.ofMinutes(5))
            .create(Duration.ofMinutes(30))
            .update(Duration.ofMinutes(30))
            .delete(Duration.ofMinutes(30));

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed().planModifiers(UseStateForUnknown.instance())
                    .description("The task's ID, as DWS made it."),
            Attribute.string("name").required()
                    .validators(Validators.matches("[A-Za-z][A-Za-z0-9_-]{3,63}", "4 to 64 letters, digits, `-` "
                            + "and `_`, starting with a letter"))
                    .planModifiers(REPLACES)
                    .description("Name of the task, unique in its region."),
            Attribute.string("dr_type").required()
                    .validators(Validators.oneOf("az", "region"))
                    .planModifiers(REPLACES)
                    .description("`az`: the standby cluster is in another availability zone of the same region; "
                            + "`region`: it is in another region (`standby_region`)."),
            Attribute.string("region").optional().computed()
                    .validators(Regions.validator())
                    .planModifiers(UseStateForUnknown.instance(), REPLACES)
                    .description("Region of the primary cluster, where the task is made and managed; the "
                            + "provider's region at creation when not set."),
            Attribute.string("primary_cluster_id").required()
                    .validators(CloudIds.validator())
                    .planModifiers(REPLACES)
                    .description("The DWS cluster the task replicates from, as the task was made. A switchover or "
                            + "failover swaps the roles, not this value: `current_primary_cluster_id` follows them."),
            Attribute.string("standby_cluster_id").required()
                    .validators(CloudIds.validator())
                    .planModifiers(REPLACES)
                    .description("The DWS cluster the task replicates to, as the task was made."),
            Attribute.string("standby_region").optional().computed()
                    .validators(Regions.validator())
                    .planModifiers(UseStateForUnknown.instance(), REPLACES)
                    .description("Region of the standby cluster. Required for a cross-region task, where it "
                            + "differs from `region`; a cross-AZ task's is `region`."),
            Attribute.string("standby_project_id").optional().computed()
                    .validators(CloudIds.validator())
                    .planModifiers(UseStateForUnknown.instance(), REPLACE_ONCE_RECORDED)
                    .description("IAM project of `standby_region`, which DWS is told when it makes a cross-region "
                            + "task; discovered through IAM when not set. Null for a cross-AZ task, whose clusters "
                            + "share the task's project."),
            Attribute.string("dr_sync_period").required()
                    .validators(Validators.check(v -> isSyncPeriod(v.asString()), "a number from 1 to 3000 "
                            + "followed by `m` (minutes), `H` (hours) or `d` (days), such as `30m`, `2H` or `1d`"))
                    .description("How often the standby is brought up to date. Changes in place: DWS takes a new "
                            + "period only while the task is stopped, so a running task is paused, given the new "
                            + "period, and started again, from when the period applies."),
            Attribute.bool("enabled").defaultValue(Value.bool(true))
                    .description("`true` runs the task: data is synchronized to the standby every "
                            + "`dr_sync_period`. `false` pauses it; the standby keeps the data it has. Changes in "
                            + "place."),
            Attribute.string("status").computed().description("The task's status as DWS reports it: "
                    + DwsClusters.STATUSES),
            Attribute.string("current_primary_cluster_id").computed().planModifiers(UseStateForUnknown.instance())
                    .description("The cluster in the primary role now. A switchover or failover "
                            + "(`huaweidr_dws_switchover`, `huaweidr_dws_failover`) changes it, and nothing else: "
                            + "the task is not replaced."),
            Attribute.string("create_time").computed().planModifiers(UseStateForUnknown.instance())
                    .description("When the task was made."),
            Attribute.string("start_time").computed().description("When the task was last started."),
            Attribute.string("last_success_time").computed()
                    .description("When data last reached the standby: what a failover would keep."),
            DwsClusters.attribute())
            .withBlocks(TIMEOUTS.block())
            .description("A GaussDB(DWS) disaster-recovery task: the primary cluster's data is synchronized to a "
                    + "standby cluster in another availability zone or region every `dr_sync_period`. Creating it "
                    + "makes the task and, unless `enabled = false`, starts it; destroying it pauses a running "
                    + "task, then deletes it: both clusters keep their data. Both clusters must be DWS 2.0 "
                    + "clusters that are `AVAILABLE` or `UNBALANCED`, each in one task at most. Fail over, switch "
                    + "over and recover with the `huaweidr_dws_failover`, `huaweidr_dws_switchover` and "
                    + "`huaweidr_dws_recovery` actions."))
            .configValidators(new DistinctClusters(), new StandbyPlacement());

    private DwsTaskSchema() {
    }

    /** Whether {@code text} is a sync period DWS accepts: 1 to 3000 and a unit. */
    static boolean isSyncPeriod(String text) {
        Matcher m = SYNC_PERIOD.matcher(text);
        return m.matches() && Integer.parseInt(m.group(1)) <= 3000;
    }

    /** A task joins two clusters. */
    private static final class DistinctClusters implements ConfigValidator {
        @Override
        public void validate(Value config, Diagnostics diagnostics) {
            Value standby = config.attr("standby_cluster_id");
            if (standby.isKnown() && !standby.isNull() && standby.equals(config.attr("primary_cluster_id"))) {
                diagnostics.error(AttributePath.root().attr("standby_cluster_id"), "Same cluster twice",
                        description());
            }
        }

        @Override
        public String description() {
            return "`primary_cluster_id` and `standby_cluster_id` must be two different clusters.";
        }
    }

    /**
     * Where the standby may be for each {@code dr_type}. Also run at plan time on the configuration with the
     * provider's region filled in, which {@code terraform validate} does not know.
     */
    static final class StandbyPlacement implements ConfigValidator {
        @Override
        public void validate(Value config, Diagnostics diagnostics) {
            Value type = config.attr("dr_type");
            Value region = config.attr("region");
            Value standbyRegion = config.attr("standby_region");
            if (!type.isKnown() || type.isNull() || !region.isKnown() || !standbyRegion.isKnown()) {
                return;
            }
            boolean sameRegion = !region.isNull() && region.equals(standbyRegion);
            AttributePath at = AttributePath.root().attr("standby_region");
            if ("region".equals(type.asString()) && standbyRegion.isNull()) {
                diagnostics.error(AttributePath.root().attr("dr_type"), "Missing standby_region",
                        "A cross-region task (`dr_type = \"region\"`) needs `standby_region`, the standby cluster's "
                                + "region.");
            } else if ("region".equals(type.asString()) && sameRegion) {
                diagnostics.error(at, "Standby in the primary's region", "A cross-region task's standby is in "
                        + "another region than `region` (" + region.asString() + "); for two availability zones "
                        + "of one region, set `dr_type = \"az\"`.");
            } else if ("az".equals(type.asString()) && !standbyRegion.isNull() && !region.isNull() && !sameRegion) {
                diagnostics.error(at, "Standby in another region", "A cross-AZ task's clusters are in one region: "
                        + "leave `standby_region` out, or set `dr_type = \"region\"` for a standby in "
                        + standbyRegion.asString() + ".");
            }
            Value project = config.attr("standby_project_id");
            if ("az".equals(type.asString()) && project.isKnown() && !project.isNull()) {
                diagnostics.error(AttributePath.root().attr("standby_project_id"), "Not a cross-region task",
                        "Only a cross-region task names the standby's project; a cross-AZ task's clusters share "
                                + "the task's project.");
            }
        }

        @Override
        public String description() {
            return "A cross-region task (`dr_type = \"region\"`) needs `standby_region`, another region than "
                    + "`region`; a cross-AZ task's standby is in `region`, and names no `standby_project_id`.";
        }
    }
}
