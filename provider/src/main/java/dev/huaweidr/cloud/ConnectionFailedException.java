package dev.huaweidr.cloud;

/** The endpoint could not be reached (or answered nothing) in any of the allowed attempts. */
public final class ConnectionFailedException extends CloudException {
    public ConnectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
