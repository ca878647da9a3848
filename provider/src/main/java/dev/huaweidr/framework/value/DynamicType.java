package dev.huaweidr.framework.value;

/**
 * The dynamic pseudo-type, written {@code any} in Terraform and {@code "dynamic"} in JSON type constraints.
 * The only instance is {@link Type#DYNAMIC}.
 */
public final class DynamicType implements Type {
    DynamicType() {
    }

    @Override
    public String toString() {
        return "any";
    }
}
