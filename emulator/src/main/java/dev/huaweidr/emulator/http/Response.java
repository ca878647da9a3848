package dev.huaweidr.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful answer: status and JSON body (null = no body). */
public record Response(int status, JsonNode body) {

    public static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    public static Response accepted(JsonNode body) {
        return new Response(202, body);
    }

    public static Response noContent() {
        return new Response(204, null);
    }

    /** 200 with an empty body (DWS delete). */
    public static Response emptyOk() {
        return new Response(200, null);
    }
}
