package dev.huaweidr.protocol;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.PathStep;
import dev.huaweidr.proto.tfplugin6.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** Framework diagnostics and attribute paths in their protocol form. */
final class ProtoDiagnostics {
    private ProtoDiagnostics() {
    }

    static List<Diagnostic> of(Diagnostics diagnostics) {
        return diagnostics.all().stream().map(ProtoDiagnostics::of).collect(Collectors.toList());
    }

    static List<Diagnostic> error(String summary, String detail) {
        return of(new Diagnostics().error(summary, detail));
    }

    private static Diagnostic of(dev.huaweidr.framework.diag.Diagnostic d) {
        Diagnostic.Builder out = Diagnostic.newBuilder()
                .setSeverity(d.isError() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING)
                .setSummary(d.summary())
                .setDetail(d.detail() == null ? "" : d.detail());
        if (d.path() != null && !d.path().steps().isEmpty()) {
            out.setAttribute(path(d.path()));
        }
        return out.build();
    }

    static dev.huaweidr.proto.tfplugin6.AttributePath path(AttributePath path) {
        dev.huaweidr.proto.tfplugin6.AttributePath.Builder out = dev.huaweidr.proto.tfplugin6.AttributePath.newBuilder();
        for (PathStep step : path.steps()) {
            if (step instanceof PathStep.ElementKeyValue) {
                break; // set elements have no address on the wire: point at the set
            }
            dev.huaweidr.proto.tfplugin6.AttributePath.Step.Builder s = dev.huaweidr.proto.tfplugin6.AttributePath.Step.newBuilder();
            if (step instanceof PathStep.AttributeName) {
                s.setAttributeName(((PathStep.AttributeName) step).name());
            } else if (step instanceof PathStep.ElementKeyString) {
                s.setElementKeyString(((PathStep.ElementKeyString) step).key());
            } else {
                s.setElementKeyInt(((PathStep.ElementKeyInt) step).index());
            }
            out.addSteps(s);
        }
        return out.build();
    }
}
