package dev.huaweidr.framework.server;

import dev.huaweidr.framework.codec.CodecException;
import dev.huaweidr.framework.codec.JsonCodec;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.plan.PlannedChange;
import dev.huaweidr.framework.plan.SchemaPlanner;
import dev.huaweidr.framework.resource.Create;
import dev.huaweidr.framework.resource.Delete;
import dev.huaweidr.framework.resource.IdentitySchema;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.framework.resource.PlanChange;
import dev.huaweidr.framework.resource.PrivateState;
import dev.huaweidr.framework.resource.Read;
import dev.huaweidr.framework.resource.Resource;
import dev.huaweidr.framework.resource.ResourceOperation;
import dev.huaweidr.framework.resource.ResourceWithIdentity;
import dev.huaweidr.framework.resource.ResourceWithImport;
import dev.huaweidr.framework.resource.ResourceWithPlan;
import dev.huaweidr.framework.resource.ResourceWithValidation;
import dev.huaweidr.framework.resource.Update;
import dev.huaweidr.framework.resource.ValidateConfig;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * Serves one managed resource type: every resource RPC in framework terms. The schema's rules run here so
 * a resource only describes itself and talks to the cloud.
 */
public final class ResourceServer {
    private final Resource resource;
    private final Schema schema;
    private final Session session;

    ResourceServer(Resource resource, Session session) {
        this.resource = resource;
        this.schema = resource.schema();
        this.session = session;
    }

    public Schema schema() {
        return schema;
    }

    /** The identity schema, for resources that have one. */
    public Optional<IdentitySchema> identitySchema() {
        return resource instanceof ResourceWithIdentity
                ? Optional.of(((ResourceWithIdentity) resource).identitySchema())
                : Optional.empty();
    }

    /** The identity type, or null when the resource has no identity. */
    public ObjectType identityType() {
        return identitySchema().map(IdentitySchema::type).orElse(null);
    }

    /**
     * @param writeOnlyAllowed whether Terraform has write-only attributes (1.11+), as its client capabilities
     *     say; where it has not, a configuration that sets one is an error at the attribute
     */
    public Diagnostics validate(Value config, boolean writeOnlyAllowed) {
        Diagnostics diagnostics = ConfigValidation.validate(schema, config);
        if (!writeOnlyAllowed) {
            WriteOnlyRequirement.check(schema.block(), config, diagnostics);
        }
        if (resource instanceof ResourceWithValidation && !diagnostics.hasErrors()) {
            ValidateConfig op = new ValidateConfig(session.stop(), config);
            Guard.run(resource.typeName() + " validation", op.diagnostics(),
                    () -> ((ResourceWithValidation) resource).validateConfig(op));
            diagnostics.addAll(op.diagnostics());
        }
        return diagnostics;
    }

    /**
     * Reads a stored state. Terraform calls this for every instance on every run, also when the version
     * is current; it has already dropped attributes the schema no longer has.
     */
    public Result upgrade(long version, byte[] json) {
        Diagnostics diagnostics = new Diagnostics();
        if (version != schema.version()) {
            diagnostics.error("Unsupported state version",
                    "The state of this " + resource.typeName() + " was written with schema version " + version
                            + "; this provider reads version " + schema.version() + ".");
            return new Result(null, null, null, diagnostics);
        }
        try {
            Value state = StateRules.nullWriteOnly(schema.block(), JsonCodec.decode(json, schema.type()));
            return new Result(state, null, null, diagnostics);
        } catch (CodecException e) {
            diagnostics.error("Unreadable state", "The stored state of this " + resource.typeName()
                    + " does not match its schema: " + e.getMessage());
            return new Result(null, null, null, diagnostics);
        }
    }

    public Result read(Value current, byte[] privateBytes, Value identity) {
        Read op = new Read(context(), current, identity, PrivateState.decode(privateBytes));
        Guard.run(resource.typeName() + " read", op.diagnostics(), () -> resource.read(op));
        Value state = finish("Reading " + resource.typeName(), current, op);
        return new Result(state, op.privateState().encode(), state.isNull() ? null : op.identity(), op.diagnostics());
    }

    public Planned plan(Value prior, Value proposed, Value config, byte[] priorPrivate, Value priorIdentity) {
        Diagnostics schemaRules = new Diagnostics();
        PlannedChange change = Guard.call("Planning " + resource.typeName(), schemaRules,
                () -> new SchemaPlanner(schema).plan(prior, proposed, config), new PlannedChange(proposed, List.of()));
        PlanChange op = new PlanChange(context(), config, prior, change.planned(), change.requiresReplace());
        op.diagnostics().addAll(schemaRules);
        if (resource instanceof ResourceWithPlan && !schemaRules.hasErrors()) {
            Guard.run(resource.typeName() + " plan", op.diagnostics(), () -> ((ResourceWithPlan) resource).modifyPlan(op));
        }
        Value planned = StateRules.nullWriteOnly(schema.block(), StateRules.requireType("Planning "
                + resource.typeName(), op.planned().value(), schema.type(), change.planned(), op.diagnostics()));
        Value identity = prior.isNull() || planned.isNull() ? null : priorIdentity;
        return new Planned(planned, op.requiresReplace(), priorPrivate, identity, op.diagnostics());
    }

    public Result apply(Value prior, Value planned, Value config, byte[] plannedPrivate, Value plannedIdentity) {
        PrivateState privateState = PrivateState.decode(plannedPrivate);
        String what;
        ResourceOperation op;
        if (planned.isNull()) {
            what = "Deleting " + resource.typeName();
            Delete delete = new Delete(context(), prior, plannedIdentity, privateState);
            Guard.run(what, delete.diagnostics(), () -> resource.delete(delete));
            if (!delete.diagnostics().hasErrors()) {
                delete.setState(Value.nullOf(schema.type()));
            }
            op = delete;
        } else if (prior.isNull()) {
            what = "Creating " + resource.typeName();
            Create create = new Create(context(), config, planned, privateState);
            Guard.run(what, create.diagnostics(), () -> resource.create(create));
            op = create;
        } else {
            what = "Updating " + resource.typeName();
            Update update = new Update(context(), config, planned, prior, plannedIdentity, privateState);
            Guard.run(what, update.diagnostics(), () -> resource.update(update));
            op = update;
        }
        Value state = finish(what, prior, op);
        if (!planned.isNull() && !op.diagnostics().hasErrors()) {
            if (state.isNull()) {
                op.diagnostics().error("Provider returned no state",
                        what + " finished without setting the new state. This is a bug in huaweidr.");
            } else {
                StateRules.requireMatchesPlan(what, planned, state, op.diagnostics());
            }
        }
        return new Result(state, op.privateState().encode(), state.isNull() ? null : op.identity(), op.diagnostics());
    }

    public Result importState(String id, Value identity) {
        Diagnostics diagnostics = new Diagnostics();
        if (!(resource instanceof ResourceWithImport)) {
            diagnostics.error("Import not supported", resource.typeName() + " cannot be imported.");
            return new Result(null, null, null, diagnostics);
        }
        Import op = new Import(context(), id, identity);
        Guard.run("Importing " + resource.typeName(), op.diagnostics(), () -> ((ResourceWithImport) resource).importState(op));
        if (!op.diagnostics().hasErrors() && op.state().isNull()) {
            op.diagnostics().error("Cannot import", "Nothing was found for import ID \"" + id + "\".");
        }
        return new Result(op.state(), op.privateState().encode(), op.identity(), op.diagnostics());
    }

    /** Configuration for a state, as {@code terraform query -generate-config-out} writes it. */
    public Value generateConfig(Value state) {
        return GeneratedConfig.from(schema.block(), state);
    }

    /**
     * The state an operation ends with, made fit for Terraform; one not of the schema's type is reported
     * and {@code fallback} (what Terraform already holds) returned instead.
     */
    private Value finish(String what, Value fallback, ResourceOperation op) {
        Value state = StateRules.requireType(what, op.state(), schema.type(), fallback, op.diagnostics());
        return StateRules.nullWriteOnly(schema.block(), StateRules.requireKnown(what, state, op.diagnostics()));
    }

    /** What each operation on this type is handed; also what a listing of the type is handed. */
    ResourceOperation.Context context() {
        return new ResourceOperation.Context(session.stop(), session.provider(), schema.type(), identityType());
    }

    /** A state-producing call's outcome; {@code state} is null when decoding failed. */
    public record Result(Value state, byte[] privateState, Value identity, Diagnostics diagnostics) {
    }

    /** A plan's outcome. */
    public record Planned(Value planned, List<AttributePath> requiresReplace,
            byte[] plannedPrivate, Value plannedIdentity, Diagnostics diagnostics) {
    }
}
