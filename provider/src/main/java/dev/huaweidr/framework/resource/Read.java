package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.value.Value;

/**
 * Refreshes the state from the cloud. Set the state as the cloud has it; call {@link #removed()} only when
 * the cloud says the object no longer exists, never on other errors.
 */
public final class Read extends ResourceOperation {
    private final ObjectData current;

    public Read(Context context, Value current, Value identity, PrivateState privateState) {
        super(context, current, identity, privateState);
        this.current = new ObjectData(current);
    }

    /** The state as Terraform last recorded it. */
    public ObjectData current() {
        return current;
    }

    /** The object is gone: Terraform drops it from state and plans to create it again. */
    public void removed() {
        setState(Value.nullOf(current.value().type()));
    }
}
