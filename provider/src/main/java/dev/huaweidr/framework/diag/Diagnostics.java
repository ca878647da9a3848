package dev.huaweidr.framework.diag;

import dev.huaweidr.framework.value.AttributePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The diagnostics one request collects; thread-safe, since an action reports from its worker threads. */
public final class Diagnostics {
    private final List<Diagnostic> entries = Collections.synchronizedList(new ArrayList<>());

    public Diagnostics add(Diagnostic diagnostic) {
        entries.add(diagnostic);
        return this;
    }

    public Diagnostics addAll(Diagnostics other) {
        entries.addAll(other.all());
        return this;
    }

    public Diagnostics error(String summary, String detail) {
        return add(new Diagnostic(Severity.ERROR, summary, detail, null));
    }

    public Diagnostics error(AttributePath path, String summary, String detail) {
        return add(new Diagnostic(Severity.ERROR, summary, detail, path));
    }

    public Diagnostics warning(String summary, String detail) {
        return add(new Diagnostic(Severity.WARNING, summary, detail, null));
    }

    public Diagnostics warning(AttributePath path, String summary, String detail) {
        return add(new Diagnostic(Severity.WARNING, summary, detail, path));
    }

    public boolean hasErrors() {
        synchronized (entries) {
            return entries.stream().anyMatch(Diagnostic::isError);
        }
    }

    public List<Diagnostic> all() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    @Override
    public String toString() {
        return all().toString();
    }
}
