package dev.huaweidr.cloud.http;

import dev.huaweidr.cloud.Service;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Base URL of each service in each region: {@code https://<default host>}, or the provider's override, a base
 * URL that may contain {@code {region}} (an override without it serves every region).
 */
public final class Endpoints {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String PLACEHOLDER = "{region}";

    private final Map<Service, String> overrides;
    private final String homeRegion;

    /** {@code homeRegion} fills {@code {region}} in the global IAM override. */
    public Endpoints(Map<Service, String> overrides, String homeRegion) {
        this.overrides = overrides.isEmpty() ? Map.of() : new EnumMap<>(overrides);
        this.homeRegion = requireRegion(homeRegion);
        this.overrides.forEach((service, template) -> parse(service, template, this.homeRegion));
    }

    public Endpoint endpoint(Service service, String region) {
        String r = service.isGlobal() ? homeRegion : requireRegion(region);
        String template = overrides.get(service);
        if (template != null) {
            return new Endpoint(service, parse(service, template, r), true);
        }
        return new Endpoint(service, new HttpUrl.Builder().scheme("https").host(service.defaultHost(r)).build(), false);
    }

    /** A region id such as ap-southeast-1; anything else is refused before it can reach a host name. */
    public static String requireRegion(String region) {
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("invalid region \"" + region
                    + "\": expected a Huawei Cloud region id such as ap-southeast-1");
        }
        return region;
    }

    /**
     * Whether {@code template} is an override this class accepts: an {@code http(s)} base URL without a query,
     * {@code {region}} allowed. Checking the provider block with it keeps a bad override at its attribute.
     */
    public static boolean isBaseUrl(String template) {
        HttpUrl url = HttpUrl.parse(template.replace(PLACEHOLDER, "region"));
        return url != null && url.querySize() == 0;
    }

    private static HttpUrl parse(Service service, String template, String region) {
        HttpUrl url = HttpUrl.parse(template.replace(PLACEHOLDER, region));
        if (url == null || url.querySize() > 0) {
            throw new IllegalArgumentException("endpoint override for " + service.key() + " (\"" + template
                    + "\") is not an http(s) base URL such as https://" + service.defaultHost("{region}"));
        }
        return url;
    }
}
