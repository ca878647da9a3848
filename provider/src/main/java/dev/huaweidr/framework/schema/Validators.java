package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.time.GoDuration;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The common attribute checks. Each names the attribute and says what a valid value looks like. */
public final class Validators {
    private Validators() {
    }

    /** A check of one value; {@code rule} is Markdown and completes "Must be ...". */
    public static Validator check(Predicate<Value> valid, String rule) {
        return new Validator() {
            @Override
            public void validate(AttributePath path, Value value, Diagnostics diagnostics) {
                if (!valid.test(value)) {
                    diagnostics.error(path, "Invalid value for " + path,
                            "Must be " + rule + "; got " + shown(value) + ".");
                }
            }

            @Override
            public String description() {
                return "Must be " + rule + ".";
            }
        };
    }

    public static Validator oneOf(String... allowed) {
        Set<String> set = Set.of(allowed);
        String list = List.of(allowed).stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "));
        return check(v -> set.contains(v.asString()), "one of " + list);
    }

    public static Validator matches(String regex, String rule) {
        Pattern pattern = Pattern.compile(regex);
        return check(v -> pattern.matcher(v.asString()).matches(), rule);
    }

    public static Validator lengthBetween(int min, int max) {
        return check(v -> characters(v.asString()) >= min && characters(v.asString()) <= max,
                "between " + min + " and " + max + " characters long");
    }

    public static Validator notBlank() {
        return check(v -> !v.asString().isBlank(), "a non-empty string");
    }

    public static Validator integerBetween(long min, long max) {
        return check(v -> isIntegerBetween(v.asNumber(), min, max), max == Long.MAX_VALUE
                ? "a whole number of at least " + min : "a whole number from " + min + " to " + max);
    }

    /** A duration in Terraform's (Go's) syntax, such as {@code 30s}, {@code 10m} or {@code 1h30m}. */
    public static Validator duration() {
        return check(v -> GoDuration.isValid(v.asString()),
                "a duration such as `30s`, `10m` or `1h30m` (units `s`, `m`, `h`)");
    }

    /** A {@link #duration()} other than zero (invalid ones are left to that validator): no wait is that short. */
    public static Validator longerThanZero() {
        return check(v -> !GoDuration.isValid(v.asString()) || !GoDuration.parse(v.asString()).isZero(),
                "longer than zero");
    }

    /** An absolute {@code http} or {@code https} URL. */
    public static Validator httpUrl() {
        return check(v -> isHttpUrl(v.asString()), "an absolute `http://` or `https://` URL");
    }

    /** Applies {@code element} to every non-null element of a list or set value. */
    public static Validator each(Validator element) {
        return new Validator() {
            @Override
            public void validate(AttributePath path, Value value, Diagnostics diagnostics) {
                List<Value> elements = value.elements();
                for (int i = 0; i < elements.size(); i++) {
                    // Set elements have no address; diagnostics then point at the set itself.
                    AttributePath at = value.type().isList() ? path.index(i) : path;
                    if (!elements.get(i).isNull()) {
                        element.validate(at, elements.get(i), diagnostics);
                    }
                }
            }

            @Override
            public String description() {
                String rule = element.description();
                return "Each element " + Character.toLowerCase(rule.charAt(0)) + rule.substring(1);
            }
        };
    }

    /**
     * A map whose keys are among {@code allowed}: each other key is an error at that key, which it names (the
     * map's values are not repeated: they may be long, and one key is all there is to fix).
     */
    public static Validator keysAmong(String... allowed) {
        Set<String> set = Set.of(allowed);
        String list = List.of(allowed).stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "));
        return new Validator() {
            @Override
            public void validate(AttributePath path, Value value, Diagnostics diagnostics) {
                value.entries().keySet().stream().filter(key -> !set.contains(key)).forEach(key ->
                        diagnostics.error(path.key(key), "Invalid key in " + path, "`" + key + "` is not one of "
                                + list + "."));
            }

            @Override
            public String description() {
                return "Keys must be among " + list + ".";
            }
        };
    }

    /** Applies {@code element} to every known, non-null value of a map, each at its own key. */
    public static Validator eachValue(Validator element) {
        return new Validator() {
            @Override
            public void validate(AttributePath path, Value value, Diagnostics diagnostics) {
                value.entries().forEach((key, entry) -> {
                    if (entry.isKnown() && !entry.isNull()) {
                        element.validate(path.key(key), entry, diagnostics);
                    }
                });
            }

            @Override
            public String description() {
                String rule = element.description();
                return "Each value " + Character.toLowerCase(rule.charAt(0)) + rule.substring(1);
            }
        };
    }

    /** Characters as a user counts them (and Go's validators do): code points, not UTF-16 units. */
    private static int characters(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean isIntegerBetween(BigDecimal n, long min, long max) {
        return n.stripTrailingZeros().scale() <= 0
                && n.compareTo(BigDecimal.valueOf(min)) >= 0
                && n.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String shown(Value value) {
        if (value.isSensitive()) {
            return "a sensitive value";
        }
        if (value.type().equals(Type.STRING)) {
            return "\"" + value.asString() + "\"";
        }
        return value.toString();
    }
}
