package dev.huaweidr.cloud.http;

import dev.huaweidr.cloud.Service;
import okhttp3.HttpUrl;

/**
 * One service's base URL in one region, and how the user names it: the provider's {@code endpoints} key when
 * the URL comes from there, or the default host. Messages about an endpoint that cannot be used say which one
 * it is and what to check.
 *
 * @param configured whether the URL comes from the provider's {@code endpoints} map
 */
public record Endpoint(Service service, HttpUrl baseUrl, boolean configured) {
    /** {@code the DCS endpoint https://127.0.0.1:8443/ (`endpoints.dcs`)}; never a user name or password. */
    @Override
    public String toString() {
        String url = baseUrl.newBuilder().username("").password("").build().toString();
        return "the " + service.displayName() + " endpoint " + url + " ("
                + (configured ? key() : "the default; " + key() + " sets another") + ")";
    }

    /**
     * What to check about it: {@code advice} about the configured URL (e.g. its scheme), or, for the default
     * host, the path from this machine to Huawei Cloud.
     */
    String check(String advice) {
        return configured ? "Check " + key() + ": " + advice
                : "Check that this machine reaches it (a firewall or a proxy may be in the way), or set " + key()
                        + " to an address that does.";
    }

    /** The scheme, host and port attempts go to: what has or has not answered in this process. */
    String origin() {
        return baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port();
    }

    private String key() {
        return "`endpoints." + service.key() + "`";
    }
}
