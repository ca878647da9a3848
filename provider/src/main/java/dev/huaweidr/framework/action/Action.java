package dev.huaweidr.framework.action;

import dev.huaweidr.framework.schema.Schema;

/**
 * An action (Terraform 1.14+): an operation run by {@code terraform apply -invoke=action.TYPE.NAME} or by a
 * resource's {@code action_trigger}. It reports progress as it goes and changes no resource state.
 */
public interface Action {
    String typeName();

    Schema schema();

    void invoke(Invoke op);
}
