package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.model.Models;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;

/**
 * A call into a managed resource. Subclasses name the inputs of each call; the outputs are the new state,
 * the identity and the private state.
 */
public abstract class ResourceOperation extends Operation {
    private final ObjectType stateType;
    private final ObjectType identityType;
    private final PrivateState privateState;
    private Value state;
    private Value identity;

    protected ResourceOperation(Context context, Value state, Value identity, PrivateState privateState) {
        super(context.stop(), context.provider());
        this.stateType = context.stateType();
        this.identityType = context.identityType();
        this.state = state;
        this.identity = identity;
        this.privateState = privateState;
    }

    /** The resource's new state, as a model record. */
    public void setState(Record model) {
        this.state = Models.write(model, stateType);
    }

    public void setState(Value value) {
        this.state = value;
    }

    /** The state the operation ends with (its input state until set). */
    public Value state() {
        return state;
    }

    /** The resource's identity as a model record (resources with an identity schema). */
    public void setIdentity(Record model) {
        this.identity = Models.write(model, identityType);
    }

    /** The identity the operation ends with; null when the resource has no identity schema. */
    public Value identity() {
        return identity;
    }

    public PrivateState privateState() {
        return privateState;
    }

    /** What the framework hands each resource operation. */
    public record Context(StopSignal stop, ProviderData provider, ObjectType stateType, ObjectType identityType) {
    }
}
