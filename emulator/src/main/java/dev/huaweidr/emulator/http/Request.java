package dev.huaweidr.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import dev.huaweidr.emulator.jobs.JobFault;
import dev.huaweidr.emulator.model.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A received cloud request: the raw parts the signature covers, the matched path variables, the service
 * it was routed to and what an injected fault asks of the job it starts.
 */
public record Request(String id, String method, String rawPath, String rawQuery, Headers headers, byte[] body,
                      Service service, Map<String, String> pathVars, JobFault jobFault) {

    public String pathVar(String name) {
        return pathVars.get(name);
    }

    public String projectId() {
        return pathVar("project_id");
    }

    /** Decoded query parameters; repeated keys keep every value in order. */
    public Map<String, List<String>> query() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : QueryString.parse(rawQuery)) {
            result.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
        }
        return result;
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query().get(name);
        return values == null ? null : values.get(0);
    }

    /** The body as a JSON object; a missing or malformed one is the service's parameter error. */
    public JsonNode jsonBody() {
        if (body.length == 0) {
            throw service.parameterError("The request body is empty.");
        }
        return parse();
    }

    /** The body as a JSON object, or an empty object when there is none. */
    public JsonNode optionalJsonBody() {
        return body.length == 0 ? Json.object() : parse();
    }

    private JsonNode parse() {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw service.parameterError("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw service.parameterError("The request body is not valid JSON.");
        } catch (IOException e) {
            throw service.parameterError("The request body cannot be read.");
        }
    }
}
