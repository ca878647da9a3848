package dev.huaweidr.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reading required and optional fields of a JSON request body, refusing bad ones in the service's words. */
public final class Fields {
    private final JsonNode node;
    private final String prefix;
    private final Service service;

    public Fields(JsonNode node, String prefix, Service service) {
        this.node = node;
        this.prefix = prefix;
        this.service = service;
    }

    public static Fields of(Request request) {
        return new Fields(request.jsonBody(), "", request.service());
    }

    /** A required nested object. */
    public Fields object(String name) {
        JsonNode child = node.get(name);
        if (child == null || !child.isObject()) {
            throw missing(name);
        }
        return new Fields(child, prefix + name + ".", service);
    }

    public String text(String name) {
        String value = optionalText(name);
        if (value == null || value.isBlank()) {
            throw missing(name);
        }
        return value;
    }

    public String optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw service.parameterError("Invalid parameter: " + prefix + name + " must be a string.");
        }
        return value.asText();
    }

    /** A required non-empty array of strings. */
    public List<String> texts(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw missing(name);
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw service.parameterError("Invalid parameter: " + prefix + name + " must hold strings.");
            }
            result.add(item.asText());
        }
        return result;
    }

    private ApiError missing(String name) {
        return service.parameterError("Invalid parameter: " + prefix + name + " is missing or empty.");
    }
}
