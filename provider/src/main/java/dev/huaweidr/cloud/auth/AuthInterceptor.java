package dev.huaweidr.cloud.auth;

import java.io.IOException;
import java.time.Clock;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Authenticates every request: {@code X-Auth-Token} for an IAM token; for AK/SK, adds {@code X-Sdk-Date},
 * {@code Host} (and {@code X-Security-Token} for temporary keys) and signs {@code host}, {@code x-sdk-date} and
 * whichever of {@code x-project-id}, {@code x-security-token} are sent. Content-Type is not signed, as the
 * official SDKs do. Runs once per attempt, so a retried request gets a fresh date.
 */
public final class AuthInterceptor implements Interceptor {
    private static final List<String> OPTIONAL_SIGNED = List.of("X-Project-Id", "X-Security-Token");

    private final Credentials credentials;
    private final Clock clock;

    public AuthInterceptor(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (credentials instanceof Credentials.Token token) {
            return chain.proceed(request.newBuilder().header("X-Auth-Token", token.token()).build());
        }
        Credentials.AccessKey key = (Credentials.AccessKey) credentials;
        Request.Builder signed = request.newBuilder();
        Map<String, String> toSign = new LinkedHashMap<>();
        toSign.put("Host", request.header("Host") != null ? request.header("Host") : hostHeader(request.url()));
        String date = request.header("X-Sdk-Date");
        toSign.put("X-Sdk-Date", date != null ? date : AkSkSigner.sdkDate(clock.instant()));
        if (key.isTemporary()) {
            toSign.put("X-Security-Token", key.securityToken());
        }
        for (String name : OPTIONAL_SIGNED) {
            if (request.header(name) != null) {
                toSign.putIfAbsent(name, request.header(name));
            }
        }
        toSign.forEach(signed::header);
        CanonicalRequest canonical = CanonicalRequest.of(request.method(), decodedPath(request.url()),
                query(request.url()), toSign, body(request));
        AkSkSigner signer = new AkSkSigner(key.accessKey(), key.secretKey());
        signed.header("Authorization", signer.authorization(canonical, toSign.get("X-Sdk-Date")));
        return chain.proceed(signed.build());
    }

    /** The Host header OkHttp would send: the port only when it is not the scheme's default. */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    /** Segments decoded, so the signer encodes each exactly once. */
    private static String decodedPath(HttpUrl url) {
        return "/" + String.join("/", url.pathSegments());
    }

    private static List<Map.Entry<String, String>> query(HttpUrl url) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            pairs.add(new SimpleImmutableEntry<>(url.queryParameterName(i), url.queryParameterValue(i)));
        }
        return pairs;
    }

    private static byte[] body(Request request) throws IOException {
        if (request.body() == null) {
            return new byte[0];
        }
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        return buffer.readByteArray();
    }
}
