package dev.huaweidr.cloud;

/**
 * A change request (POST, or PUT/DELETE that starts work) was sent, but no usable answer came back: a 5xx, a
 * read timeout, a connection reset. It may or may not have taken effect, so it is never retried blindly; the
 * caller reads back what happened (the service classes document the read-back for each call).
 */
public final class OutcomeUnknownException extends CloudException {
    private final Service service;
    private final String method;
    private final String path;

    public OutcomeUnknownException(Service service, String method, String path, String what, Throwable cause) {
        super(method + " " + path + " was sent but its outcome is unknown (" + what
                + "); the change may or may not have been applied", cause);
        this.service = service;
        this.method = method;
        this.path = path;
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
}
