package dev.huaweidr.cloud;

/** Which API call an error is about: service, HTTP method and path (ids included, never a secret). */
public record CallSite(Service service, String method, String path) {
    /** {@code POST /v3/<project>/instances/<id>/disaster-recovery/construction}. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
