package dev.huaweidr.emulator.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.huaweidr.emulator.admin.AdminApi;
import dev.huaweidr.emulator.http.ApiError;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Router;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.http.Service;
import dev.huaweidr.emulator.jobs.JobFault;
import dev.huaweidr.emulator.model.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The HTTP entry: gives every request an id (answered as {@code X-Request-Id}), sends {@code /_emulator/}
 * to the admin API and everything else to the cloud dispatcher, writes the reply and logs one line.
 */
public final class HttpFront implements HttpHandler {
    private final AdminApi admin;
    private final CloudDispatcher cloud;
    private final RequestLog log;

    public HttpFront(AdminApi admin, CloudDispatcher cloud, RequestLog log) {
        this.admin = admin;
        this.cloud = cloud;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String requestId = UUID.randomUUID().toString().replace("-", "");
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String outcome = "reset";
        try {
            Optional<Reply> reply = answer(requestId, method, rawPath, rawQuery, exchange);
            if (reply.isPresent()) {
                write(exchange, requestId, reply.get());
                outcome = String.valueOf(reply.get().status());
            }
        } finally {
            // Closing before any answer was sent drops the connection: that is how a reset fault works.
            exchange.close();
        }
        log.log(method, rawPath, rawQuery, outcome, elapsed(started), requestId);
    }

    /** The reply, or empty when a fault asks to drop the connection. */
    private Optional<Reply> answer(String requestId, String method, String rawPath, String rawQuery,
                                   HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            return Optional.of(rawPath.startsWith(AdminApi.PREFIX)
                    ? admin(requestId, method, rawPath, rawQuery, exchange, body)
                    : cloud.dispatch(requestId, method, rawPath, rawQuery, exchange.getRequestHeaders(), body));
        } catch (ConnectionReset e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            System.err.println("emulator: internal error on " + method + " " + rawPath + " " + requestId);
            e.printStackTrace();
            return Optional.of(Reply.error(Service.ADMIN, Service.ADMIN.internalError(), requestId));
        }
    }

    private Reply admin(String requestId, String method, String rawPath, String rawQuery, HttpExchange exchange,
                        byte[] body) {
        try {
            Router.Match<Function<Request, Response>> match = admin.match(method, rawPath);
            Request request = new Request(requestId, method, rawPath, rawQuery, exchange.getRequestHeaders(), body,
                    Service.ADMIN, match.vars(), JobFault.NONE);
            return Reply.of(match.handler().apply(request));
        } catch (ApiError e) {
            return Reply.error(Service.ADMIN, e, requestId);
        }
    }

    private static void write(HttpExchange exchange, String requestId, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("X-Request-Id", requestId);
        if (reply.retryAfterSeconds() != null) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(reply.retryAfterSeconds()));
        }
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = Json.MAPPER.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
