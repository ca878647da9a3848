package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.Value;
import java.util.function.BiPredicate;

/**
 * Plans a replacement when the attribute's value changes, as Terraform's "forces replacement". An unknown
 * planned value counts as a change: Terraform cannot promise an update in place for a value it does not
 * know yet.
 */
public final class RequiresReplace implements PlanModifier {
    private final BiPredicate<Value, Value> condition;
    private final String description;

    private RequiresReplace(BiPredicate<Value, Value> condition, String description) {
        this.condition = condition;
        this.description = description;
    }

    /** Any change replaces the resource. */
    public static RequiresReplace always() {
        return new RequiresReplace((prior, planned) -> true, "Changing this value replaces the resource.");
    }

    /** A change replaces the resource when {@code condition(prior, planned)} holds. */
    public static RequiresReplace when(BiPredicate<Value, Value> condition, String description) {
        return new RequiresReplace(condition, description);
    }

    @Override
    public void modify(AttributePlan plan) {
        if (plan.isCreate() || plan.planned().equals(plan.prior())) {
            return;
        }
        if (condition.test(plan.prior(), plan.planned())) {
            plan.requireReplace();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
