package dev.huaweidr.framework.resource;

/**
 * What the provider's configuration produced for resources to use (the cloud client), or why there is
 * nothing yet.
 */
public final class ProviderData {
    private final Object data;
    private final String unavailable;

    private ProviderData(Object data, String unavailable) {
        this.data = data;
        this.unavailable = unavailable;
    }

    public static ProviderData of(Object data) {
        return new ProviderData(data, null);
    }

    /** No data, with the reason a user will read when a resource needs it. */
    public static ProviderData unavailable(String reason) {
        return new ProviderData(null, reason);
    }

    /** The configured data as {@code type}, or empty while the provider cannot be configured. */
    public <T> java.util.Optional<T> ifConfigured(Class<T> type) {
        return java.util.Optional.ofNullable(data).map(type::cast);
    }

    /** The configured data as {@code type}; throws {@link ProviderUnavailableException} when there is none. */
    public <T> T as(Class<T> type) {
        if (data == null) {
            throw new ProviderUnavailableException(unavailable);
        }
        return type.cast(data);
    }
}
