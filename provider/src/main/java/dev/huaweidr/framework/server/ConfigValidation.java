package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validator;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;
import java.util.List;

/**
 * Runs a schema's checks on a configuration: required attributes are not null, each attribute's validators
 * run on its wholly known values, deprecation warnings for attributes and blocks, and the schema's
 * cross-attribute checks. Unknown values pass until they are known; a validator that fails unexpectedly is
 * an error, not a crash.
 */
final class ConfigValidation {
    private ConfigValidation() {
    }

    static Diagnostics validate(Schema schema, Value config) {
        Diagnostics diagnostics = new Diagnostics();
        Guard.run("Validating the configuration", diagnostics, () -> {
            block(schema.block(), AttributePath.root(), config, diagnostics);
            if (!diagnostics.hasErrors()) {
                schema.configValidators().forEach(validator -> validator.validate(config, diagnostics));
            }
        });
        return diagnostics;
    }

    private static void block(Block block, AttributePath path, Value config, Diagnostics diagnostics) {
        if (config.isNull() || !config.isKnown()) {
            return;
        }
        for (Attribute attribute : block.attributes()) {
            AttributePath at = path.attr(attribute.name());
            Value value = config.attr(attribute.name());
            if (value.isNull()) {
                // Terraform itself only refuses a required argument that is absent, not one set to null.
                if (attribute.isRequired()) {
                    diagnostics.error(at, "Missing required argument",
                            "The argument \"" + attribute.name() + "\" is required, but its value is null.");
                }
                continue;
            }
            if (attribute.deprecationMessage() != null) {
                diagnostics.warning(at, "Deprecated attribute", attribute.deprecationMessage());
            }
            if (!value.isKnown()) {
                continue;
            }
            // Marked so that no validator, here or nested inside, can quote a secret in its message.
            Value checked = attribute.isSensitive() ? value.sensitive() : value;
            if (checked.isWhollyKnown()) {
                for (Validator validator : attribute.validators()) {
                    validator.validate(at, checked, diagnostics);
                }
            }
            if (attribute.nested() != null) {
                nested(attribute.nested().nesting(), attribute.nested().asBlock(), at, checked, diagnostics);
            }
        }
        for (NestedBlock nested : block.blocks()) {
            AttributePath at = path.attr(nested.typeName());
            Value value = config.attr(nested.typeName());
            if (nested.block().deprecationMessage() != null && isPresent(value)) {
                diagnostics.warning(at, "Deprecated block", nested.block().deprecationMessage());
            }
            nested(nested.nesting(), nested.block(), at, value, diagnostics);
        }
    }

    /** Whether a block appears in the configuration: block collections are empty, never null, when absent. */
    private static boolean isPresent(Value blocks) {
        if (blocks.isNull() || !blocks.isKnown() || blocks.type().isObject()) {
            return !blocks.isNull();
        }
        return blocks.type().isMap() ? !blocks.entries().isEmpty() : !blocks.elements().isEmpty();
    }

    private static void nested(NestingMode nesting, Block block, AttributePath path, Value value,
            Diagnostics diagnostics) {
        if (value.isNull() || !value.isKnown()) {
            return;
        }
        switch (nesting) {
            case LIST: {
                List<Value> elements = value.elements();
                for (int i = 0; i < elements.size(); i++) {
                    block(block, path.index(i), elements.get(i), diagnostics);
                }
                break;
            }
            case SET:
                // Set elements have no address; diagnostics point at the set itself.
                value.elements().forEach(e -> block(block, path, e, diagnostics));
                break;
            case MAP:
                value.entries().forEach((key, e) -> block(block, path.key(key), e, diagnostics));
                break;
            default:
                block(block, path, value, diagnostics);
        }
    }
}
