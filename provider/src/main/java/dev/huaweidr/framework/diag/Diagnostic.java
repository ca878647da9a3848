package dev.huaweidr.framework.diag;

import dev.huaweidr.framework.value.AttributePath;

/**
 * A message for the person running Terraform. With an attribute path, Terraform underlines the offending
 * attribute in the configuration.
 *
 * @param path the attribute it is about, or null for the whole resource, action or provider
 */
public record Diagnostic(Severity severity, String summary, String detail, AttributePath path) {
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same message, now about {@code path} unless it already names an attribute. */
    public Diagnostic at(AttributePath path) {
        return this.path != null ? this : new Diagnostic(severity, summary, detail, path);
    }
}
