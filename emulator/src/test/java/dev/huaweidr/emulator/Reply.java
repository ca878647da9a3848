package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.http.HttpHeaders;

/** An HTTP answer as tests see it. */
public record Reply(int status, HttpHeaders headers, JsonNode body) {

    public String errorCode() {
        return body.path("error_code").asText();
    }

    public String text(String pointer) {
        return body.at(pointer).asText();
    }

    static JsonNode none() {
        return MissingNode.getInstance();
    }
}
