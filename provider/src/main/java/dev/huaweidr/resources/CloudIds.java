package dev.huaweidr.resources;

import dev.huaweidr.framework.schema.Validator;
import dev.huaweidr.framework.schema.Validators;
import java.util.regex.Pattern;

/**
 * Ids of cloud objects (instances, DR tasks, projects), checked where they enter: each becomes one segment
 * of an API path, where {@code .}, {@code ..}, {@code /} or a space would change or break the request.
 * Huawei Cloud ids are hex strings and UUIDs; letters, digits, {@code -}, {@code _} and {@code .} cover them.
 */
public final class CloudIds {
    private static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern ID = Pattern.compile(PATTERN);
    static final String RULE = "an id of letters, digits, `-`, `_` and `.` that starts with a letter or digit, "
            + "such as `3149aee486d748f68db1ee81e95b9f56in06`";

    private CloudIds() {
    }

    public static Validator validator() {
        return Validators.matches(PATTERN, RULE);
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** What is wrong with {@code id}, completing "... is ...", or null when it is a valid id. */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "empty";
        }
        return isValid(id) ? null : "not " + RULE;
    }
}
