package dev.huaweidr.framework.schema;

/** Changes how one attribute is planned, after the framework's own rules (defaults, computed unknowns). */
public interface PlanModifier {
    void modify(AttributePlan plan);

    /** What it does, in Markdown, for the documentation. */
    String description();
}
