package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidator;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validator;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;
import java.util.List;

/**
 * Runs a schema's checks on a configuration: each attribute's validators on its known values, deprecation
 * warnings, and the schema's cross-attribute checks. Unknown values pass until they are known.
 */
final class ConfigValidation {
    private ConfigValidation() {
    }

    static Diagnostics validate(Schema schema, Value config) {
        Diagnostics diagnostics = new Diagnostics();
        block(schema.block(), AttributePath.root(), config, diagnostics);
        if (diagnostics.hasErrors()) {
            return diagnostics;
        }
        for (ConfigValidator validator : schema.configValidators()) {
            validator.validate(config, diagnostics);
        }
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
                continue;
            }
            if (attribute.deprecationMessage() != null) {
                diagnostics.warning(at, "Deprecated attribute", attribute.deprecationMessage());
            }
            if (!value.isKnown()) {
                continue;
            }
            for (Validator validator : attribute.validators()) {
                validator.validate(at, value, diagnostics);
            }
            if (attribute.nested() != null) {
                nested(attribute.nested().nesting(), attribute.nested().asBlock(), at, value, diagnostics);
            }
        }
        for (NestedBlock nested : block.blocks()) {
            nested(nested.nesting(), nested.block(), path.attr(nested.typeName()),
                    config.attr(nested.typeName()), diagnostics);
        }
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
