package dev.huaweidr.resources.geminidb;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidator;
import dev.huaweidr.framework.schema.ConfigValidators;
import dev.huaweidr.framework.schema.NestedBlock;
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

/** The schema of {@code huaweidr_geminidb_redis_dr_relationship}: what a user reads in the documentation. */
final class RedisDrRelationshipSchema {
    /**
     * The API never returns the alias or the password: after an import they are unknown (null) and the
     * first apply only records them. A change of a recorded value can only be made by rebuilding the pair.
     */
    private static final RequiresReplace REPLACE_ONCE_RECORDED = RequiresReplace.when(
            (prior, planned) -> !prior.isNull(),
            "Changing this value rebuilds the relationship: the pair is deconstructed, then constructed again and "
                    + "fully re-synchronized. After an import the first value is only recorded.");

    private static final RequiresReplace REBUILDS = RequiresReplace.always("Changing this value replaces the "
            + "relationship: the pair is deconstructed, then constructed again and fully re-synchronized. Guard "
            + "with `lifecycle { prevent_destroy = true }`.");

    static final Timeouts TIMEOUTS = Timeouts.readingAtMost(Duration.ofMinutes(5))
            .create(Duration.ofMinutes(30))
            .update(Duration.ofMinutes(20))
            .delete(Duration.ofMinutes(30));

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed().planModifiers(UseStateForUnknown.instance())
                    .description("`PRIMARY_INSTANCE_ID/STANDBY_INSTANCE_ID`."),
            Attribute.string("alias").optional()
                    .validators(Validators.lengthBetween(1, 64))
                    .planModifiers(REPLACE_ONCE_RECORDED)
                    .description("Name of the relationship, as the console shows it. Required to build a pair. The "
                            + "API never returns it, so an imported relationship may leave it out (null); setting "
                            + "it later only records it."),
            Attribute.string("password_wo").optional().sensitive().writeOnly("password")
                    .description("Internal replication password of the pair, write-only: it is sent to the cloud "
                            + "and never stored in plan or state (Terraform 1.11+; an older one gets an error here "
                            + "and sets `password` instead). Change `password_wo_version` to use a new one. Building "
                            + "a pair needs `password_wo` or `password`; an imported relationship may leave both out "
                            + "until it has to be rebuilt."),
            Attribute.number("password_wo_version").optional()
                    .validators(Validators.integerBetween(0, Long.MAX_VALUE))
                    .planModifiers(REPLACE_ONCE_RECORDED)
                    .description("Version of `password_wo`: set a new version to build the pair again with a new "
                            + "password."),
            Attribute.string("password").optional().sensitive()
                    .planModifiers(REPLACE_ONCE_RECORDED)
                    .description("The replication password as a sensitive attribute, for Terraform versions "
                            + "without write-only attributes. It is stored in state: prefer `password_wo`."),
            Attribute.string("data_sync").defaultValue(Value.string("running"))
                    .validators(Validators.oneOf("running", "paused"))
                    .description("`running` replicates from primary to standby; `paused` suspends replication on "
                            + "both instances. Changes in place, once both instances are `normal` (checked at plan "
                            + "time). The cloud pauses and resumes one instance at a time: when one of them refused, "
                            + "the state reads `pausing` or `resuming`, and the next plan finishes the change and "
                            + "names the instance behind."),
            Attribute.string("disaster_recovery_id").computed().planModifiers(UseStateForUnknown.instance())
                    .description("The relationship's id as the cloud returned it at construction; unknown (null) "
                            + "for an imported relationship."),
            Attribute.string("sync_status").computed()
                    .description("Replication status: `NEW`, `SYNCING`, `SUSPENDING`, `SUSPENDED` or `RECOVERYING`."),
            Attribute.string("current_primary_instance_id").computed().planModifiers(UseStateForUnknown.instance())
                    .description("The instance that is primary now. A switchover or failover changes it, and "
                            + "nothing else: the relationship is not replaced."))
            .withBlocks(
                    endpoint("primary", "The instance the pair replicates from, as it was built."),
                    endpoint("standby", "The instance the pair replicates to, as it was built."),
                    TIMEOUTS.block())
            .description("A disaster-recovery relationship between two GeminiDB Redis instances, which may be in "
                    + "different regions. Creating it constructs the pair on both instances; destroying it "
                    + "deconstructs both, and each instance then keeps its data as an independent instance. "
                    + "Both instances must use port 8635 and subnets whose CIDR does not start with 192 or 172."))
            .configValidators(
                    ConfigValidators.conflicting("password_wo", "password"),
                    ConfigValidators.requiredTogether("password_wo", "password_wo_version"),
                    new DistinctInstances());

    private RedisDrRelationshipSchema() {
    }

    /**
     * What building a pair needs beyond the schema: an alias and a password. Only a plan that builds (a
     * create, or the create half of a replacement) asks for them; an adopted pair goes without.
     */
    static void requireBuildInputs(ObjectData config, Diagnostics diagnostics) {
        if (config.get("alias").isNull()) {
            diagnostics.error(AttributePath.root().attr("alias"), "Missing alias",
                    "Building the DR relationship needs `alias`, the name the console shows for it.");
        }
        if (config.get("password_wo").isNull() && config.get("password").isNull()) {
            diagnostics.error(AttributePath.root().attr("password_wo"), "Missing password",
                    "Building the DR relationship needs its replication password: set `password_wo` (with "
                            + "`password_wo_version`) or `password`.");
        }
    }

    /** A pair needs two instances. */
    private static final class DistinctInstances implements ConfigValidator {
        @Override
        public void validate(Value config, Diagnostics diagnostics) {
            Value primary = config.attr("primary");
            Value standby = config.attr("standby");
            if (!primary.isKnown() || !standby.isKnown() || primary.isNull() || standby.isNull()) {
                return;
            }
            Value p = primary.attr("instance_id");
            if (p.isKnown() && !p.isNull() && p.equals(standby.attr("instance_id"))) {
                diagnostics.error(AttributePath.root().attr("standby").attr("instance_id"), "Same instance twice",
                        description());
            }
        }

        @Override
        public String description() {
            return "`primary` and `standby` must be two different instances.";
        }
    }

    private static NestedBlock endpoint(String name, String description) {
        return NestedBlock.single(name, Block.of(
                Attribute.string("instance_id").required()
                        .validators(CloudIds.validator())
                        .planModifiers(REBUILDS)
                        .description("GeminiDB Redis instance ID."),
                Attribute.string("region").optional().computed()
                        .validators(Regions.validator())
                        .planModifiers(UseStateForUnknown.instance(), REBUILDS)
                        .description("Region of the instance; the provider's region when the relationship was "
                                + "created, if not set."),
                Attribute.string("project_id").optional().computed()
                        .validators(CloudIds.validator())
                        .planModifiers(UseStateForUnknown.instance(), REBUILDS)
                        .description("IAM project of the instance's region; discovered when not set."))
                .description(description)).items(1, 1);
    }
}
