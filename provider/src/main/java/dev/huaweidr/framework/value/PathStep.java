package dev.huaweidr.framework.value;

import java.util.Objects;

/** One step of an {@link AttributePath}. */
public sealed interface PathStep {

    /** An object attribute (resource attribute, block, nested attribute). */
    record AttributeName(String name) implements PathStep {
        public AttributeName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A map element by key. */
    record ElementKeyString(String key) implements PathStep {
        public ElementKeyString {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A list or tuple element by position. */
    record ElementKeyInt(long index) implements PathStep {
    }

    /**
     * A set element, identified by its value. Terraform's protocol cannot address set elements, so this
     * step exists only inside the framework (paths given to walk/transform); see
     * {@link AttributePath#addressablePrefix()} for what may be sent to Terraform.
     */
    record ElementKeyValue(Value value) implements PathStep {
        public ElementKeyValue {
            Objects.requireNonNull(value, "value");
        }
    }
}
