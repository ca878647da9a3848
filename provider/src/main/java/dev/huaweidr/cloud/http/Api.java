package dev.huaweidr.cloud.http;

import dev.huaweidr.cloud.CallContext;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.Service;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * One service in one region, as one operation sees it: endpoint, project id and the operation's
 * cancellation and deadline. Service classes describe their calls with path templates where
 * {@code {project_id}} is this region's project and each {@code {}} takes the next argument (encoded as one
 * path segment), e.g. {@code api.post("/v3/{project_id}/instances/{}/disaster-recovery/construction", id)}.
 * Global services (IAM) have no project: their {@code projectId} supplier is {@code null}.
 */
public final class Api {
    private static final String PROJECT = "{project_id}";

    private final CloudHttp http;
    private final Endpoint endpoint;
    private final Service service;
    private final String region;
    private final Supplier<String> projectId;
    private final CallContext context;

    public Api(CloudHttp http, Endpoint endpoint, String region, Supplier<String> projectId, CallContext context) {
        this.http = http;
        this.endpoint = endpoint;
        this.service = endpoint.service();
        this.region = region;
        this.projectId = projectId;
        this.context = context;
    }

    public String region() {
        return region;
    }

    public CallContext context() {
        return context;
    }

    /** The region's project id, discovered on first use when neither configured nor given. */
    public String projectId() {
        if (projectId == null) {
            throw new IllegalStateException(service.displayName() + " calls are not project-scoped");
        }
        return projectId.get();
    }

    public ApiCall get(String template, String... args) {
        return call("GET", template, args);
    }

    public ApiCall post(String template, String... args) {
        return call("POST", template, args);
    }

    public ApiCall put(String template, String... args) {
        return call("PUT", template, args);
    }

    public ApiCall delete(String template, String... args) {
        return call("DELETE", template, args);
    }

    private ApiCall call(String method, String template, String[] args) {
        HttpUrl.Builder url = endpoint.baseUrl().newBuilder();
        String project = null;
        int next = 0;
        for (String segment : template.substring(1).split("/")) {
            if (segment.equals(PROJECT)) {
                if (projectId == null) {
                    throw new IllegalStateException(service.displayName() + " calls are not project-scoped");
                }
                project = requireId(projectId.get(), method, template);
                url.addPathSegment(project);
            } else if (segment.equals("{}")) {
                url.addPathSegment(requireId(args[next++], method, template));
            } else {
                url.addPathSegment(segment);
            }
        }
        if (next != args.length) {
            throw new IllegalStateException(template + " takes " + next + " arguments, got " + args.length);
        }
        return new ApiCall(http, endpoint, method, url.build(), project, context);
    }

    /**
     * An id as one path segment. An empty one, {@code .} or {@code ..} would change the path (the URL builder
     * drops or climbs over a dot segment), calling another API than the one meant: such an id is never sent.
     * Ids users give are checked where they enter; this also stops one that came from a cloud answer.
     */
    private String requireId(String value, String method, String template) {
        if (value == null || value.isBlank() || value.equals(".") || value.equals("..")) {
            throw new CloudException(service.displayName() + " " + method + " " + template + ": "
                    + (value == null || value.isBlank() ? "an empty id" : "the id \"" + value + "\"")
                    + " cannot name anything in a request path; it was not sent");
        }
        return value;
    }
}
