package dev.huaweidr.framework.resource;

/** A resource needed the configured provider, and the provider could not be configured. */
public final class ProviderUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProviderUnavailableException(String reason) {
        super(reason);
    }
}
