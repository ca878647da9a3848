package dev.huaweidr.cloud.http;

import dev.huaweidr.cloud.CallContext;
import dev.huaweidr.cloud.CallSite;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.Service;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One API request being described: method, URL, body, whether it is safe to repeat. Made by {@link Api};
 * {@link #fetch} or {@link #send} runs it through {@link CloudHttp} with retries.
 */
public final class ApiCall {
    private final CloudHttp http;
    private final Endpoint endpoint;
    private final Service service;
    private final String method;
    private final HttpUrl.Builder url;
    private final String projectId;
    private final CallContext context;
    private byte[] body;
    private boolean idempotent;
    private boolean toggle;

    ApiCall(CloudHttp http, Endpoint endpoint, String method, HttpUrl url, String projectId, CallContext context) {
        this.http = http;
        this.endpoint = endpoint;
        this.service = endpoint.service();
        this.method = method;
        this.url = url.newBuilder();
        this.projectId = projectId;
        this.context = context;
        this.idempotent = method.equals("GET");
    }

    /** Adds a query parameter; a {@code null} value is left out. */
    public ApiCall query(String name, Object value) {
        if (value != null) {
            url.addQueryParameter(name, String.valueOf(value));
        }
        return this;
    }

    /** The JSON body (records are written in snake_case, nulls left out). */
    public ApiCall body(Object value) {
        this.body = Json.write(value);
        return this;
    }

    /** Marks a non-GET call as safe to repeat whatever happened (e.g. a precheck, which changes nothing). */
    public ApiCall idempotent() {
        this.idempotent = true;
        return this;
    }

    /**
     * Marks a change that undoes itself when made twice, such as a DCS master/replica swap: a busy answer is
     * not waited out but thrown (an {@code ApiException} with {@code isBusy()}), because what keeps the
     * instance busy may be the same change asked for by someone else, and making it again once that has
     * finished would switch back.
     */
    public ApiCall toggle() {
        this.toggle = true;
        return this;
    }

    /** Runs the call and reads the answer as {@code type} ({@code null} for an empty answer). */
    public <T> T fetch(Class<T> type) {
        return http.execute(this, type);
    }

    /**
     * Runs the call and returns {@code part} of the answer (e.g. its job id); an answer without it is not what
     * the API promises, and fails as a {@link CloudException} naming {@code what} was missing.
     */
    public <T, R> R fetch(Class<T> type, Function<T, R> part, String what) {
        T answer = fetch(type);
        R value = answer == null ? null : part.apply(answer);
        if (value == null) {
            throw new CloudException("unexpected answer to " + site() + ": it holds no " + what);
        }
        return value;
    }

    /** Runs the call, ignoring any answer body. */
    public void send() {
        http.execute(this, Void.class);
    }

    Service service() {
        return service;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    CallSite site() {
        return new CallSite(service, method, path());
    }

    String method() {
        return method;
    }

    /** The path for messages and logs, e.g. {@code /v3/<project>/instances/<id>/disaster-recovery/construction}. */
    String path() {
        return url.build().encodedPath();
    }

    boolean isIdempotent() {
        return idempotent;
    }

    boolean isToggle() {
        return toggle;
    }

    CallContext context() {
        return context;
    }

    String bodyText() {
        return body == null ? "" : Json.text(body);
    }

    /** A fresh request per attempt, carrying its own {@link AttemptTracker}. */
    Request request() {
        MediaType type = MediaType.get(service.contentType());
        RequestBody requestBody = body != null ? RequestBody.create(body, type)
                : method.equals("GET") ? null : RequestBody.create(new byte[0], type);
        Request.Builder request = new Request.Builder()
                .url(url.build())
                .method(method, requestBody)
                .header("Content-Type", service.contentType())
                .tag(AttemptTracker.class, new AttemptTracker());
        if (projectId != null) {
            request.header("X-Project-Id", projectId);
        }
        return request.build();
    }
}
