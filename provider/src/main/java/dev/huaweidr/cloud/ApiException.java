package dev.huaweidr.cloud;

/**
 * An error answer from a Huawei Cloud API. Message: {@code <error_code>: <error_msg> (HTTP 400, POST
 * /v3/.../construction, request id ...)}.
 */
public final class ApiException extends CloudException {
    private final CallSite call;
    private final int httpStatus;
    private final String errorCode;
    private final String errorMsg;
    private final String requestId;
    private final ErrorClass errorClass;

    public ApiException(CallSite call, int httpStatus, String errorCode, String errorMsg, String requestId,
            ErrorClass errorClass) {
        super(message(call, httpStatus, errorCode, errorMsg, requestId));
        this.call = call;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode == null ? "" : errorCode;
        this.errorMsg = errorMsg == null ? "" : errorMsg;
        this.requestId = requestId == null ? "" : requestId;
        this.errorClass = errorClass;
    }

    private static String message(CallSite call, int status, String code, String msg, String requestId) {
        StringBuilder out = new StringBuilder();
        if (code != null && !code.isEmpty()) {
            out.append(code).append(": ");
        }
        out.append(msg == null || msg.isEmpty() ? "request failed" : msg);
        out.append(" (HTTP ").append(status).append(", ").append(call);
        if (requestId != null && !requestId.isEmpty()) {
            out.append(", request id ").append(requestId);
        }
        return out.append(')').toString();
    }

    public CallSite call() {
        return call;
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
