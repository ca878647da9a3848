package dev.huaweidr.framework.resource;

/** A resource that adjusts its plans beyond the schema's rules. */
public interface ResourceWithPlan extends Resource {
    void modifyPlan(PlanChange op);
}
