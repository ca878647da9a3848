package dev.huaweidr.plugin;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What go-plugin's client tells a plugin through the environment when it launches it (protocol spec §1.2).
 *
 * @param cookieValid whether {@code TF_PLUGIN_MAGIC_COOKIE} holds Terraform's value: false means a human ran us
 * @param protocolVersions the application protocol majors the client speaks; empty when it did not say
 * @param minPort lowest port to listen on, 0 when unset
 * @param maxPort highest port to listen on, 0 when unset
 * @param clientCertificatePem Terraform's client certificate, or null when plugin TLS is disabled
 */
record PluginEnvironment(boolean cookieValid, Set<Integer> protocolVersions, int minPort, int maxPort,
        String clientCertificatePem) {
    static final String COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
    static final String COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

    /** Reads the variables; a malformed value is a {@link PluginStartException} with a human message. */
    static PluginEnvironment from(Map<String, String> env) {
        return new PluginEnvironment(
                COOKIE_VALUE.equals(env.get(COOKIE_KEY)),
                versions(env.get("PLUGIN_PROTOCOL_VERSIONS")),
                port(env, "PLUGIN_MIN_PORT"),
                port(env, "PLUGIN_MAX_PORT"),
                blankToNull(env.get("PLUGIN_CLIENT_CERT")));
    }

    /** Whether the client accepts protocol {@code version}; a client that named none gets what we serve. */
    boolean accepts(int version) {
        return protocolVersions.isEmpty() || protocolVersions.contains(version);
    }

    boolean autoMtls() {
        return clientCertificatePem != null;
    }

    private static Set<Integer> versions(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Integer::valueOf)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (NumberFormatException e) {
            throw new PluginStartException("PLUGIN_PROTOCOL_VERSIONS is not a comma-separated list of numbers: " + value);
        }
    }

    private static int port(Map<String, String> env, String name) {
        String value = Objects.requireNonNullElse(env.get(name), "").trim();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new PluginStartException(name + " is not a port number: " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
