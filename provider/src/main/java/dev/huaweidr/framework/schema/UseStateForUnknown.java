package dev.huaweidr.framework.schema;

/**
 * Keeps a computed attribute's value from state instead of planning it unknown on every update: for values
 * that never change once set, such as ids. The plan then shows the real value instead of "(known after apply)".
 */
public final class UseStateForUnknown implements PlanModifier {
    private static final UseStateForUnknown INSTANCE = new UseStateForUnknown();

    private UseStateForUnknown() {
    }

    public static UseStateForUnknown instance() {
        return INSTANCE;
    }

    @Override
    public void modify(AttributePlan plan) {
        if (!plan.isCreate() && !plan.prior().isNull() && !plan.planned().isKnown() && plan.config().isNull()) {
            plan.plan(plan.prior());
        }
    }

    @Override
    public String description() {
        return "Plans show the value from the state instead of \"known after apply\".";
    }
}
