package dev.huaweidr.acc;

/**
 * What huaweidr offers that a Terraform older than huaweidr's oldest supported one lacks, and the version
 * that brought it: the rows of the version table in docs/index.md, which the version-matrix tests check.
 */
public enum TerraformFeature {
    /** {@code ephemeral = true} on variables, which keeps a password out of plan and state on the way in. */
    EPHEMERAL_VARIABLES("1.10"),
    /** {@code password_wo}. */
    WRITE_ONLY_ATTRIBUTES("1.11"),
    /** Resource identity in state, and {@code import} blocks by {@code identity}. */
    RESOURCE_IDENTITY("1.12"),
    /** {@code action} blocks and {@code terraform apply -invoke}. */
    ACTIONS("1.14"),
    /** {@code list} blocks in {@code .tfquery.hcl} files and {@code terraform query}. */
    LIST_RESOURCES("1.14");

    private final String since;

    TerraformFeature(String since) {
        this.since = since;
    }

    /** The minor version that brought it, e.g. {@code "1.11"}. */
    public String since() {
        return since;
    }
}
