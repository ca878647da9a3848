package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;
import java.util.List;
import java.util.stream.Collectors;

/** Checks across the top-level attributes of one configuration. */
public final class ConfigValidators {
    private ConfigValidators() {
    }

    /** Exactly one of the attributes is set. */
    public static ConfigValidator exactlyOneOf(String... names) {
        return count(names, 1, 1, "Exactly one of " + listed(names) + " must be set.");
    }

    /** At most one of the attributes is set. */
    public static ConfigValidator conflicting(String... names) {
        return count(names, 0, 1, "Only one of " + listed(names) + " may be set.");
    }

    /** Either all of the attributes are set or none. */
    public static ConfigValidator requiredTogether(String... names) {
        return new ConfigValidator() {
            @Override
            public void validate(Value config, Diagnostics diagnostics) {
                List<String> set = configured(config, names);
                if (set != null && !set.isEmpty() && set.size() < names.length) {
                    // At one that is set: a missing attribute has no line in the configuration to point at.
                    diagnostics.error(AttributePath.root().attr(set.get(0)),
                            "Incomplete configuration", description());
                }
            }

            @Override
            public String description() {
                return listed(names) + " must be set together.";
            }
        };
    }

    /** {@code required} is set whenever {@code attribute} is {@code value}; the error is at {@code attribute}. */
    public static ConfigValidator requiredWhen(String attribute, String value, String required) {
        return new ConfigValidator() {
            @Override
            public void validate(Value config, Diagnostics diagnostics) {
                Value chosen = config.attr(attribute);
                if (chosen.isKnown() && !chosen.isNull() && value.equals(chosen.asString())
                        && config.attr(required).isKnown() && config.attr(required).isNull()) {
                    diagnostics.error(AttributePath.root().attr(attribute), "Incomplete configuration",
                            description());
                }
            }

            @Override
            public String description() {
                return "`" + required + "` must be set when `" + attribute + "` is `\"" + value + "\"`.";
            }
        };
    }

    private static ConfigValidator count(String[] names, int min, int max, String rule) {
        return new ConfigValidator() {
            @Override
            public void validate(Value config, Diagnostics diagnostics) {
                List<String> set = configured(config, names);
                if (set == null || (set.size() >= min && set.size() <= max)) {
                    return;
                }
                AttributePath at = AttributePath.root().attr(set.isEmpty() ? names[0] : set.get(max));
                diagnostics.error(at, "Invalid attribute combination", rule);
            }

            @Override
            public String description() {
                return rule;
            }
        };
    }

    /** The configured attributes among {@code names}, or null when an unknown one leaves it open. */
    private static List<String> configured(Value config, String[] names) {
        for (String name : names) {
            if (!config.attr(name).isKnown()) {
                return null;
            }
        }
        return List.of(names).stream().filter(n -> !config.attr(n).isNull()).collect(Collectors.toList());
    }

    private static String listed(String[] names) {
        return List.of(names).stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }
}
