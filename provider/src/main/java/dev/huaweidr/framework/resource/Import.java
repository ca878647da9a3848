package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.value.Value;

/**
 * Turns an import ID, or an identity from an {@code import} block, into a first state. Set only what the
 * ID tells; the framework leaves the rest null and Terraform reads the resource right after.
 */
public final class Import extends ResourceOperation {
    private final String id;
    private final Value requestedIdentity;

    public Import(Context context, String id, Value requestedIdentity) {
        super(context, Value.nullOf(context.stateType()), null, new PrivateState());
        this.id = id;
        this.requestedIdentity = requestedIdentity;
    }

    /** The ID given to {@code terraform import} or an import block; empty when importing by identity. */
    public String id() {
        return id;
    }

    /** The identity given in an import block, or null. */
    public ObjectData requestedIdentity() {
        return requestedIdentity == null ? null : new ObjectData(requestedIdentity);
    }
}
