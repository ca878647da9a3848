package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.Value;
import java.util.function.BiPredicate;

/**
 * Plans a replacement when the attribute's value changes, as Terraform's "forces replacement"; never on
 * create. A configured value not known yet counts as a change: Terraform cannot promise an update in place
 * for it. A computed value the configuration leaves out does not: the provider decides it, and an
 * unrelated change making it "known after apply" must not replace the resource.
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
        return always("Changing this value replaces the resource.");
    }

    /** Any change replaces the resource; {@code description} says what that costs, for the documentation. */
    public static RequiresReplace always(String description) {
        return new RequiresReplace((prior, planned) -> true, description);
    }

    /**
     * A change replaces the resource when {@code condition(prior, planned)} holds. Both values are known
     * (collections may still hold unknowns) and differ; either may be null (the attribute set or removed).
     */
    public static RequiresReplace when(BiPredicate<Value, Value> condition, String description) {
        return new RequiresReplace(condition, description);
    }

    @Override
    public void modify(AttributePlan plan) {
        if (plan.isCreate()) {
            return;
        }
        if (!plan.planned().isKnown()) {
            if (!plan.config().isNull()) {
                plan.requireReplace();
            }
            return;
        }
        if (!plan.planned().equals(plan.prior()) && condition.test(plan.prior(), plan.planned())) {
            plan.requireReplace();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
