package dev.huaweidr.emulator.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.jobs.JobFault;
import dev.huaweidr.emulator.model.Json;

import java.util.regex.Pattern;

/**
 * An injected fault, as posted to {@code /_emulator/faults}: which requests it matches (method, a regex
 * found in the path, one found in the raw query string, the region of the project the path names) and what it
 * does to them. {@code query} null = any query. {@code region} null
 * = any request, a region = only the requests to a project of that region: a regional outage, which leaves
 * the global IAM endpoint and the other regions answering. {@code timesLeft} null = unlimited. {@code resetConnection}
 * drops the request unanswered before it is handled; {@code dropResponse} handles it, then drops the answer.
 */
record Fault(String id, String method, Pattern path, Pattern query, String region, Integer status, String errorCode, String errorMsg,
             Integer retryAfterSeconds, Integer timesLeft, double probability, long latencyMs,
             boolean resetConnection, boolean dropResponse, String jobFailReason, Long jobMillis) {

    boolean matches(String requestMethod, String requestPath, String requestQuery, String requestRegion) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && path.matcher(requestPath).find()
                && (query == null || query.matcher(requestQuery == null ? "" : requestQuery).find())
                && (region == null || region.equals(requestRegion));
    }

    Fault usedOnce() {
        return new Fault(id, method, path, query, region, status, errorCode, errorMsg, retryAfterSeconds,
                timesLeft == null ? null : timesLeft - 1, probability, latencyMs, resetConnection, dropResponse,
                jobFailReason,
                jobMillis);
    }

    boolean exhausted() {
        return timesLeft != null && timesLeft <= 0;
    }

    JobFault jobFault() {
        return new JobFault(jobFailReason, jobMillis);
    }

    ObjectNode describe() {
        ObjectNode node = Json.object().put("id", id).put("method", method).put("path", path.pattern())
                .put("query", query == null ? null : query.pattern()).put("region", region)
                .put("probability", probability).put("latency_ms", latencyMs)
                .put("reset_connection", resetConnection).put("drop_response", dropResponse)
                .put("error_code", errorCode).put("error_msg", errorMsg)
                .put("job_fail_reason", jobFailReason).put("status", status)
                .put("retry_after_seconds", retryAfterSeconds).put("times", timesLeft).put("job_millis", jobMillis);
        return node;
    }
}
