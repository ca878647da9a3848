package dev.huaweidr.framework.plan;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.AttributePlan;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.PlanModifier;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.PathStep;
import dev.huaweidr.framework.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan rules every resource gets from its schema, in terraform-plugin-framework's order: write-only
 * attributes planned null and defaults for unconfigured attributes; then, on create and on an update that
 * changes anything (defaults included), unknown for every computed attribute the configuration leaves out;
 * then each attribute's plan modifiers (RequiresReplace, UseStateForUnknown, ...), which also collect the
 * replacement paths. The rules reach into nested attributes and blocks of every nesting.
 *
 * <p>The input is Terraform's proposed new state: configuration values merged over prior state.
 */
public final class SchemaPlanner {
    private final Schema schema;

    public SchemaPlanner(Schema schema) {
        this.schema = schema;
    }

    /**
     * Plans a create (prior null) or an update. A destroy (proposed null) plans null and needs no rules.
     */
    public PlannedChange plan(Value prior, Value proposed, Value config) {
        if (proposed.isNull()) {
            return new PlannedChange(proposed, List.of());
        }
        boolean create = prior.isNull();
        Value settled = new Walk(create, false, false).block(schema.block(), AttributePath.root(), config, prior,
                proposed);
        boolean changed = create || !settled.equals(prior);
        Walk walk = new Walk(create, changed, true);
        Value planned = walk.block(schema.block(), AttributePath.root(), config, prior, settled);
        return new PlannedChange(planned, List.copyOf(walk.requiresReplace));
    }

    /**
     * One pass over the schema and the three values side by side. The first pass settles what the
     * configuration alone decides (write-only nulls, defaults), so that the second knows whether anything
     * changes; the second adds the unknowns and runs the plan modifiers.
     */
    private static final class Walk {
        private final boolean create;
        private final boolean changed;
        private final boolean modify;
        private final Set<AttributePath> requiresReplace = new LinkedHashSet<>();

        Walk(boolean create, boolean changed, boolean modify) {
            this.create = create;
            this.changed = changed;
            this.modify = modify;
        }

        Value block(Block block, AttributePath path, Value config, Value prior, Value planned) {
            if (planned.isNull() || !planned.isKnown()) {
                return planned;
            }
            Map<String, Value> out = new LinkedHashMap<>(planned.entries());
            for (Attribute attribute : block.attributes()) {
                String name = attribute.name();
                out.put(name, attribute(attribute, path.attr(name), config.attr(name), prior.attr(name),
                        out.get(name)));
            }
            for (NestedBlock nested : block.blocks()) {
                String name = nested.typeName();
                out.put(name, nested(nested.nesting(), nested.block(), path.attr(name), config.attr(name),
                        prior.attr(name), out.get(name)));
            }
            return Value.object((ObjectType) planned.type(), out);
        }

        private Value attribute(Attribute attribute, AttributePath path, Value config, Value prior, Value planned) {
            if (attribute.isWriteOnly()) {
                return Value.nullOf(attribute.valueType());
            }
            boolean unconfigured = attribute.isComputed() && config.isNull();
            if (unconfigured && attribute.defaultValue() != null) {
                planned = attribute.defaultValue();
            } else if (unconfigured) {
                planned = changed ? Value.unknown(attribute.valueType()) : planned;
            } else if (attribute.nested() != null) {
                planned = nested(attribute.nested().nesting(), attribute.nested().asBlock(), path, config, prior,
                        planned);
            }
            if (!modify) {
                return planned;
            }
            AttributePlan plan = new AttributePlan(path, config, prior, planned, create);
            for (PlanModifier modifier : attribute.planModifiers()) {
                modifier.modify(plan);
            }
            if (plan.requiresReplace()) {
                requiresReplace.add(path);
            }
            return plan.planned();
        }

        /** Plans the objects inside a nested attribute or nested block. */
        private Value nested(NestingMode nesting, Block block, AttributePath path, Value config, Value prior,
                Value planned) {
            if (planned.isNull() || !planned.isKnown()) {
                return planned;
            }
            switch (nesting) {
                case LIST: {
                    List<Value> out = new ArrayList<>();
                    List<Value> elements = planned.elements();
                    for (int i = 0; i < elements.size(); i++) {
                        PathStep at = new PathStep.ElementKeyInt(i);
                        out.add(block(block, path.append(at), child(config, at), child(prior, at), elements.get(i)));
                    }
                    return Value.list(block.impliedType(), out);
                }
                case MAP: {
                    Map<String, Value> out = new LinkedHashMap<>();
                    planned.entries().forEach((key, element) -> {
                        PathStep at = new PathStep.ElementKeyString(key);
                        out.put(key, block(block, path.append(at), child(config, at), child(prior, at), element));
                    });
                    return Value.map(block.impliedType(), out);
                }
                case SET: {
                    List<Value> out = new ArrayList<>();
                    for (Value element : planned.elements()) {
                        PathStep at = new PathStep.ElementKeyValue(element);
                        out.add(block(block, path.append(at), configuredElement(block, config, element),
                                child(prior, at), element));
                    }
                    return Value.set(block.impliedType(), out);
                }
                default:
                    return block(block, path, config, prior, planned);
            }
        }

        private static Value child(Value collection, PathStep step) {
            return collection.at(AttributePath.root().append(step));
        }

        /**
         * The configured set element a planned one came from: set elements have no key, so it is the one
         * whose configured attributes all hold the planned values (Terraform's proposal adds only computed
         * values to a configured element). A null element when none matches.
         */
        private static Value configuredElement(Block block, Value config, Value planned) {
            if (config.isKnown() && !config.isNull()) {
                for (Value candidate : config.elements()) {
                    if (candidate.isKnown() && !candidate.isNull() && block.attributes().stream()
                            .map(Attribute::name)
                            .allMatch(n -> candidate.attr(n).isNull() || candidate.attr(n).equals(planned.attr(n)))) {
                        return candidate;
                    }
                }
            }
            return Value.nullOf(block.impliedType());
        }
    }
}
