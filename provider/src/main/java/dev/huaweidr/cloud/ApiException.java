package dev.huaweidr.cloud;

/**
 * An error answer from a Huawei Cloud API. Message: {@code <error_code>: <error_msg> (HTTP 400, POST
 * /v3/.../construction, request id ...)}.
 */
public final class ApiException extends CloudException {
    private final Service service;
    private final String method;
    private final String path;
    private final int httpStatus;
    private final String errorCode;
    private final String errorMsg;
    private final String requestId;
    private final ErrorClass errorClass;

    public ApiException(Service service, String method, String path, int httpStatus, String errorCode,
            String errorMsg, String requestId, ErrorClass errorClass) {
        super(message(method, path, httpStatus, errorCode, errorMsg, requestId));
        this.service = service;
        this.method = method;
        this.path = path;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode == null ? "" : errorCode;
        this.errorMsg = errorMsg == null ? "" : errorMsg;
        this.requestId = requestId == null ? "" : requestId;
        this.errorClass = errorClass;
    }

    private static String message(String method, String path, int status, String code, String msg, String requestId) {
        StringBuilder out = new StringBuilder();
        if (code != null && !code.isEmpty()) {
            out.append(code).append(": ");
        }
        out.append(msg == null || msg.isEmpty() ? "request failed" : msg);
        out.append(" (HTTP ").append(status).append(", ").append(method).append(' ').append(path);
        if (requestId != null && !requestId.isEmpty()) {
            out.append(", request id ").append(requestId);
        }
        return out.append(')').toString();
    }

    public Service service() {
        return service;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** {@code error_code} of the body, "" when the body had none. */
    public String errorCode() {
        return errorCode;
    }

    public String errorMsg() {
        return errorMsg;
    }

    /** {@code X-Request-Id} of the answer (or the body's {@code request_id}), "" when absent. */
    public String requestId() {
        return requestId;
    }

    public ErrorClass errorClass() {
        return errorClass;
    }

    @Override
    public boolean isNotFound() {
        return errorClass == ErrorClass.NOT_FOUND;
    }

    public boolean isBusy() {
        return errorClass == ErrorClass.RETRYABLE_BUSY;
    }
}
