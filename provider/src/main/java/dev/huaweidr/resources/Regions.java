package dev.huaweidr.resources;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Validator;
import dev.huaweidr.framework.schema.Validators;
import java.util.regex.Pattern;

/** Huawei Cloud region names, e.g. {@code ap-southeast-1}, {@code cn-north-4}, {@code eu-west-101}. */
public final class Regions {
    private static final String PATTERN = "[a-z]{2}(-[a-z]+)+-[0-9]+";
    private static final Pattern REGION = Pattern.compile(PATTERN);
    private static final String RULE = "a region name such as `ap-southeast-1` or `cn-north-4`";

    private Regions() {
    }

    public static Validator validator() {
        return Validators.matches(PATTERN, RULE);
    }

    public static boolean isValid(String region) {
        return region != null && REGION.matcher(region).matches();
    }

    /** What is wrong with {@code region}, completing "... is ...", or null when it is a region name. */
    public static String problem(String region) {
        if (region == null || region.isEmpty()) {
            return "empty";
        }
        return isValid(region) ? null : "not " + RULE;
    }

    /** An optional {@code region} attribute, checked as a region name. */
    public static Attribute attribute(String description) {
        return Attribute.string("region").optional().validators(validator()).description(description);
    }

    /** {@code configured}, or the provider's {@code home} region when not set. */
    public static String orHome(String configured, String home) {
        return configured == null || configured.isEmpty() ? home : configured;
    }
}
