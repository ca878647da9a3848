package dev.huaweidr.cloud;

/**
 * No HTTP answer came from the endpoint in any allowed attempt: not reached, no TLS or no HTTP there, or
 * silent past a limit. The message names the endpoint (its {@code endpoints} key or the default host) and what
 * to check.
 */
public final class ConnectionFailedException extends CloudException {
    public ConnectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
