package dev.huaweidr.emulator.http;

/**
 * An error answer: HTTP status, the cloud's error code and message, and optionally a Retry-After. The
 * front renders it in the error shape of the service that was called ({@link Service#errorBody}).
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final Integer retryAfterSeconds;

    public ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiError(int status, String code, String message, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
