package dev.huaweidr.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huaweidr.emulator.http.ApiError;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.http.Service;

/** What goes back on the wire: a response or a rendered error. */
record Reply(int status, JsonNode body, Integer retryAfterSeconds) {

    static Reply of(Response response) {
        return new Reply(response.status(), response.body(), null);
    }

    static Reply error(Service service, ApiError error, String requestId) {
        return new Reply(error.status(), service.errorBody(error, requestId), error.retryAfterSeconds());
    }
}
