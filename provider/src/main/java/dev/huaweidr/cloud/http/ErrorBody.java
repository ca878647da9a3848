package dev.huaweidr.cloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * The code and message of an error answer, from any of the shapes in spec §6: {@code error_code/error_msg};
 * {@code code/message}; {@code errCode/externalMessage} (sibling GaussDB services); or the first nested object
 * holding one of those pairs (e.g. DCS v1.0 {@code {"error":{"code":..,"message":..}}}). The gateway adds
 * {@code request_id}.
 *
 * @param code      "" when the body carried none (then it is not a Huawei Cloud error body)
 * @param message   the error text, or a short excerpt of a body that was not an error body
 * @param requestId the body's {@code request_id}, "" when absent
 */
record ErrorBody(String code, String message, String requestId) {
    private static final List<String[]> PAIRS = List.of(
            new String[] {"error_code", "error_msg"},
            new String[] {"code", "message"},
            new String[] {"errCode", "externalMessage"});
    private static final int EXCERPT = 200;

    boolean hasCode() {
        return !code.isEmpty();
    }

    static ErrorBody parse(String body) {
        JsonNode root = Json.tree(body);
        if (root == null || !root.isObject()) {
            return new ErrorBody("", excerpt(body), "");
        }
        String requestId = root.path("request_id").asText("");
        ErrorBody direct = pair(root, requestId);
        if (direct != null) {
            return direct;
        }
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            JsonNode child = it.next();
            if (child.isObject()) {
                ErrorBody nested = pair(child, requestId);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return new ErrorBody("", excerpt(body), requestId);
    }

    private static ErrorBody pair(JsonNode node, String requestId) {
        for (String[] names : PAIRS) {
            JsonNode code = node.get(names[0]);
            if (code != null && code.isValueNode() && !code.asText().isEmpty()) {
                return new ErrorBody(code.asText(), node.path(names[1]).asText(""), requestId);
            }
        }
        return null;
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "...";
    }
}
