package dev.huaweidr.cloud;

/** The provider is stopping (StopProvider): the work was abandoned, not failed. */
public final class CancelledException extends CloudException {
    public CancelledException(String doing) {
        super("cancelled while " + doing + ": the provider is stopping");
    }
}
