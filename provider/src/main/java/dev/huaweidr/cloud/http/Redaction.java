package dev.huaweidr.cloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/** Removes secrets from what is logged: JSON fields such as the DR {@code password}, and auth headers. */
public final class Redaction {
    static final String MASK = "***";
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "x-auth-token", "x-security-token", "x-subject-token");
    private static final List<String> SECRET_FIELD_PARTS =
            List.of("password", "passwd", "token", "secret", "credential", "authorization");
    private static final Set<String> SECRET_FIELDS = Set.of("ak", "sk", "access", "access_key", "secret_key");

    private Redaction() {
    }

    /** {@code body} with every secret JSON field masked; a body that is not JSON is only measured. */
    public static String body(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        JsonNode tree = Json.tree(body);
        if (tree == null) {
            return "(" + body.length() + " characters, not JSON)";
        }
        mask(tree);
        return tree.toString();
    }

    public static String header(String name, String value) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value;
    }

    public static String headers(Headers headers) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            lines.add(headers.name(i) + ": " + header(headers.name(i), headers.value(i)));
        }
        return String.join("; ", lines);
    }

    static boolean isSecretField(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return SECRET_FIELDS.contains(n) || SECRET_FIELD_PARTS.stream().anyMatch(n::contains);
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (isSecretField(field.getKey())) {
                    field.setValue(object.textNode(MASK));
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(Redaction::mask);
        }
    }
}
