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
import dev.huaweidr.framework.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan rules every resource gets from its schema, in terraform-plugin-framework's order: write-only
 * attributes planned null; defaults for unconfigured attributes; computed attributes the configuration leaves
 * out become unknown on create, and on an update that changes anything; then each attribute's plan
 * modifiers (RequiresReplace, UseStateForUnknown, ...), which also collect the replacement paths.
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
        // A default can be the only change (a user dropped an attribute): compare after defaults are in.
        Value withDefaults = new Walk(create, false, true).block(schema.block(), AttributePath.root(), config, prior,
                proposed);
        boolean changed = create || !withDefaults.equals(new Walk(false, false, true).stripWriteOnly(schema.block(), prior));
        Walk walk = new Walk(create, changed, false);
        Value planned = walk.block(schema.block(), AttributePath.root(), config, prior, withDefaults);
        return new PlannedChange(planned, walk.requiresReplace);
    }

    /** One pass over the schema and the three values side by side. */
    private static final class Walk {
        private final boolean create;
        private final boolean changed;
        private final boolean defaultsOnly;
        private final List<AttributePath> requiresReplace = new ArrayList<>();

        /** @param defaultsOnly apply write-only nulls and defaults only, no unknowns and no plan modifiers */
        Walk(boolean create, boolean changed, boolean defaultsOnly) {
            this.create = create;
            this.changed = changed;
            this.defaultsOnly = defaultsOnly;
        }

        Value block(Block block, AttributePath path, Value config, Value prior, Value planned) {
            if (planned.isNull() || !planned.isKnown()) {
                return planned;
            }
            Map<String, Value> out = new LinkedHashMap<>(planned.entries());
            for (Attribute attribute : block.attributes()) {
                String name = attribute.name();
                out.put(name, attribute(attribute, path.attr(name), attr(config, name), attr(prior, name),
                        out.get(name)));
            }
            for (NestedBlock nested : block.blocks()) {
                String name = nested.typeName();
                out.put(name, nested(nested.nesting(), nested.block(), path.attr(name), attr(config, name),
                        attr(prior, name), out.get(name)));
            }
            return Value.object((ObjectType) planned.type(), out);
        }

        private Value attribute(Attribute attribute, AttributePath path, Value config, Value prior, Value planned) {
            if (attribute.isWriteOnly()) {
                return Value.nullOf(planned.type());
            }
            if (attribute.isComputed() && config.isNull()) {
                if (attribute.defaultValue() != null) {
                    planned = attribute.defaultValue();
                } else if (changed) {
                    planned = Value.unknown(planned.type());
                }
            } else if (attribute.nested() != null) {
                planned = nested(attribute.nested().nesting(), attribute.nested().asBlock(), path, config, prior, planned);
            }
            if (defaultsOnly) {
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
                        out.add(block(block, path.index(i), element(config, i), element(prior, i), elements.get(i)));
                    }
                    return Value.list(block.impliedType(), out);
                }
                case MAP: {
                    Map<String, Value> out = new LinkedHashMap<>();
                    planned.entries().forEach((key, element) -> out.put(key,
                            block(block, path.key(key), entry(config, key), entry(prior, key), element)));
                    return Value.map(block.impliedType(), out);
                }
                case SET:
                    // Set elements have no address to match them with prior state; they are planned as given.
                    return planned;
                default:
                    return block(block, path, config, prior, planned);
            }
        }

        Value stripWriteOnly(Block block, Value value) {
            if (value.isNull() || !value.isKnown()) {
                return value;
            }
            Value out = value;
            for (Attribute attribute : block.attributes()) {
                if (attribute.isWriteOnly()) {
                    out = out.withAttr(attribute.name(), Value.nullOf(attribute.valueType()));
                }
            }
            return out;
        }

        private static Value attr(Value object, String name) {
            if (object.isNull() || !object.isKnown()) {
                ObjectType type = (ObjectType) object.type();
                return object.isNull() ? Value.nullOf(type.attributes().get(name)) : Value.unknown(type.attributes().get(name));
            }
            return object.attr(name);
        }

        private static Value element(Value list, int index) {
            if (list.isNull() || !list.isKnown() || index >= list.elements().size()) {
                return Value.nullOf(elementType(list));
            }
            return list.elements().get(index);
        }

        private static Value entry(Value map, String key) {
            if (map.isNull() || !map.isKnown() || !map.entries().containsKey(key)) {
                return Value.nullOf(elementType(map));
            }
            return map.entries().get(key);
        }

        private static dev.huaweidr.framework.value.Type elementType(Value collection) {
            dev.huaweidr.framework.value.Type type = collection.type();
            if (type instanceof dev.huaweidr.framework.value.ListType) {
                return ((dev.huaweidr.framework.value.ListType) type).element();
            }
            return ((dev.huaweidr.framework.value.MapType) type).element();
        }
    }
}
