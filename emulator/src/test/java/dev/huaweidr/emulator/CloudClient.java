package dev.huaweidr.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small client for tests: real HTTP to the emulator, authenticated with a token or AK/SK. */
public final class CloudClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;
    private final String ak;
    private final String sk;
    private final Clock clock;

    private CloudClient(String baseUrl, String token, String ak, String sk, Clock clock) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.ak = ak;
        this.sk = sk;
        this.clock = clock;
    }

    public static CloudClient withToken(String baseUrl, String token) {
        return new CloudClient(baseUrl, token, null, null, Clock.systemUTC());
    }

    public static CloudClient withAkSk(String baseUrl, String ak, String sk, Clock clock) {
        return new CloudClient(baseUrl, null, ak, sk, clock);
    }

    public Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    public Reply post(String pathAndQuery, String json) {
        return send("POST", pathAndQuery, json);
    }

    public Reply put(String pathAndQuery, String json) {
        return send("PUT", pathAndQuery, json);
    }

    public Reply delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    public Reply send(String method, String pathAndQuery, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        return exchange(method, pathAndQuery, body, body, Map.of());
    }

    /**
     * Signs {@code signedBody} but sends {@code sentBody} (tampering tests), with extra headers to send and sign.
     */
    public Reply exchange(String method, String pathAndQuery, byte[] signedBody, byte[] sentBody,
                          Map<String, String> extraHeaders) {
        URI uri = URI.create(baseUrl + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(sentBody))
                .header("Content-Type", "application/json");
        extraHeaders.forEach(request::header);
        if (token != null) {
            request.header("X-Auth-Token", token);
        } else if (ak != null) {
            Map<String, String> signed = new LinkedHashMap<>(extraHeaders);
            signed.putIfAbsent("X-Sdk-Date", SDK_DATE.format(Instant.now(clock)));
            signed.put("Host", uri.getAuthority());
            signed.forEach((k, v) -> {
                if (!k.equals("Host") && !extraHeaders.containsKey(k)) {
                    request.header(k, v);
                }
            });
            request.header("Authorization", TestSigner.authorization(ak, sk, method, uri.getRawPath(),
                    uri.getRawQuery(), signed, signedBody));
        }
        return send(request.build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            return new Reply(response.statusCode(), response.headers(),
                    bytes.length == 0 ? Reply.none() : JSON.readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
