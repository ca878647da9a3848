package dev.huaweidr.cloud;

import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.cloud.http.Endpoints;
import java.util.EnumMap;
import java.util.Map;

/**
 * The provider's cloud settings.
 *
 * @param region            the home region (e.g. ap-southeast-1); other regions are reached by name
 * @param projectId         the project of the home region; {@code null} to discover it through IAM
 * @param endpointOverrides base URLs per service, optionally with {@code {region}}; empty for the public hosts
 * @param tls               whom to trust for the endpoints' certificates
 * @param maxRetries        how many times a failed call may be repeated (0 = never)
 */
public record CloudConfig(String region, String projectId, Credentials credentials,
        Map<Service, String> endpointOverrides, TlsTrust tls, int maxRetries) {
    public static final int DEFAULT_MAX_RETRIES = 5;

    public CloudConfig {
        Endpoints.requireRegion(region);
        if (credentials == null) {
            throw new IllegalArgumentException("credentials are required: an AK/SK pair or an IAM token");
        }
        if (projectId != null && projectId.isBlank()) {
            projectId = null;
        }
        if (tls == null) {
            tls = TlsTrust.SYSTEM;
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("max_retries must not be negative, got " + maxRetries);
        }
        endpointOverrides = endpointOverrides == null || endpointOverrides.isEmpty()
                ? Map.of() : Map.copyOf(new EnumMap<>(endpointOverrides));
    }

    /** Whether {@code url} is accepted as an endpoint override: an http(s) base URL, {@code {region}} allowed. */
    public static boolean isEndpointOverride(String url) {
        return Endpoints.isBaseUrl(url);
    }

    /** Public endpoints, TLS verified, default retries. */
    public static CloudConfig of(String region, String projectId, Credentials credentials) {
        return new CloudConfig(region, projectId, credentials, Map.of(), TlsTrust.SYSTEM, DEFAULT_MAX_RETRIES);
    }
}
