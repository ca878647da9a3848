package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import java.util.List;

/**
 * The schema of a provider, resource, data source, action or list resource: a versioned root block, plus
 * the checks that span several attributes.
 */
public final class Schema {
    private final long version;
    private final Block block;
    private final List<ConfigValidator> configValidators;
    private final ObjectType impliedType;

    private Schema(long version, Block block, List<ConfigValidator> configValidators) {
        this.version = version;
        this.block = block;
        this.configValidators = List.copyOf(configValidators);
        this.impliedType = block.impliedType();
    }

    public static Schema of(Block block) {
        return new Schema(0, block, List.of());
    }

    public Schema version(long version) {
        return new Schema(version, block, configValidators);
    }

    public Schema configValidators(ConfigValidator... validators) {
        return new Schema(version, block, List.of(validators));
    }

    public long version() {
        return version;
    }

    public Block block() {
        return block;
    }

    public List<ConfigValidator> configValidators() {
        return configValidators;
    }

    /** The object type every configuration, plan and state value of this schema has. */
    public ObjectType type() {
        return impliedType;
    }

    static Type wrap(NestingMode nesting, ObjectType object) {
        switch (nesting) {
            case LIST:
                return Type.list(object);
            case SET:
                return Type.set(object);
            case MAP:
                return Type.map(object);
            default:
                return object;
        }
    }
}
