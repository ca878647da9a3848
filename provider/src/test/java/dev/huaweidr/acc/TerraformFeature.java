package dev.huaweidr.acc;

import java.util.regex.Pattern;

/**
 * What huaweidr offers that its oldest supported Terraform lacks, the version that brought it, and the
 * configuration syntax that uses it: the rows of the version table in docs/index.md, which the version-matrix
 * tests check.
 */
public enum TerraformFeature {
    /** {@code ephemeral = true} on variables, which keeps a password out of plan and state on the way in. */
    EPHEMERAL_VARIABLES("1.10", "\\bephemeral\\s*=\\s*true\\b"),
    /** {@code password_wo}. */
    WRITE_ONLY_ATTRIBUTES("1.11", "\\bpassword_wo\\s*="),
    /** Resource identity in state, and {@code import} blocks by {@code identity}. */
    RESOURCE_IDENTITY("1.12", "\\bidentity\\s*=\\s*\\{"),
    /** {@code action} blocks, {@code action_trigger} and {@code terraform apply -invoke}. */
    ACTIONS("1.14", "^\\s*action\\s+\"|\\baction_trigger\\b"),
    /** {@code list} blocks in {@code .tfquery.hcl} files and {@code terraform query}. */
    LIST_RESOURCES("1.14", "^\\s*list\\s+\"");

    private final String since;
    private final Pattern syntax;

    TerraformFeature(String since, String syntax) {
        this.since = since;
        this.syntax = Pattern.compile(syntax, Pattern.MULTILINE);
    }

    /** The minor version that brought it, e.g. {@code "1.11"}. */
    public String since() {
        return since;
    }

    /** Whether {@code configuration} (the text of .tf and .tfquery.hcl files) uses it. */
    public boolean usedBy(String configuration) {
        return syntax.matcher(configuration).find();
    }
}
