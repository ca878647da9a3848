package dev.huaweidr.resources;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks the provider's endpoint overrides, which may hold a {@code {region}} placeholder. */
final class Endpoints {
    private Endpoints() {
    }

    static boolean isValid(String url) {
        try {
            URI uri = new URI(url.replace("{region}", "region"));
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
