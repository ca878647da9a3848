package dev.huaweidr.resources;

import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.cloud.Service;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The provider block resolved against its environment variables, named as the official Huawei Cloud
 * provider names them, into the cloud client's configuration.
 */
final class ProviderSettings {
    private ProviderSettings() {
    }

    /**
     * Resolves a wholly known configuration, or returns null with errors that name the attribute (or the
     * variable) to fix.
     */
    static CloudConfig resolve(ObjectData config, Map<String, String> env, Diagnostics diagnostics) {
        Resolver r = new Resolver(config, env);
        String region = r.string("region", "HW_REGION_NAME");
        String projectId = r.string("project_id", "HW_PROJECT_ID");
        String accessKey = r.string("access_key", "HW_ACCESS_KEY");
        String secretKey = r.string("secret_key", "HW_SECRET_KEY");
        String securityToken = r.string("security_token", "HW_SECURITY_TOKEN");
        String authToken = r.string("auth_token", "HW_AUTH_TOKEN");
        boolean insecure = Boolean.parseBoolean(r.string("insecure", "HW_INSECURE"));
        String retries = r.string("max_retries", "HW_MAX_RETRIES");
        if (region == null) {
            diagnostics.error(AttributePath.root().attr("region"), "Missing region",
                    "Set `region` in the provider block or the HW_REGION_NAME environment variable.");
        }
        if (authToken == null && (accessKey == null || secretKey == null)) {
            diagnostics.error(AttributePath.root().attr(accessKey == null ? "access_key" : "secret_key"),
                    "Missing credentials",
                    "Set `access_key` and `secret_key` (or HW_ACCESS_KEY and HW_SECRET_KEY), or `auth_token` "
                            + "(or HW_AUTH_TOKEN).");
        }
        int maxRetries = CloudConfig.DEFAULT_MAX_RETRIES;
        if (retries != null) {
            try {
                maxRetries = Integer.parseInt(retries.trim());
            } catch (NumberFormatException e) {
                diagnostics.error(AttributePath.root().attr("max_retries"), "Invalid HW_MAX_RETRIES",
                        "HW_MAX_RETRIES must be a whole number; got \"" + retries + "\".");
            }
        }
        if (diagnostics.hasErrors()) {
            return null;
        }
        Credentials credentials = authToken != null ? Credentials.iamToken(authToken)
                : securityToken != null ? Credentials.temporaryAccessKey(accessKey, secretKey, securityToken)
                : Credentials.accessKey(accessKey, secretKey);
        return new CloudConfig(region, projectId, credentials, r.endpoints(), insecure, maxRetries);
    }

    /** Reads one attribute after another, falling back to the environment. */
    private static final class Resolver {
        private final ObjectData config;
        private final Map<String, String> env;

        Resolver(ObjectData config, Map<String, String> env) {
            this.config = config;
            this.env = env;
        }

        String string(String attribute, String variable) {
            Value value = config.get(attribute);
            if (!value.isNull()) {
                return value.type() == Type.STRING ? value.asString()
                        : value.type() == Type.BOOL ? String.valueOf(value.asBool())
                        : value.asNumber().toPlainString();
            }
            String fromEnv = env.get(variable);
            return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.trim();
        }

        Map<Service, String> endpoints() {
            Value value = config.get("endpoints");
            Map<Service, String> out = new EnumMap<>(Service.class);
            if (!value.isNull()) {
                value.entries().forEach((service, url) -> {
                    if (!url.isNull()) {
                        out.put(Service.valueOf(service.toUpperCase(Locale.ROOT)), url.asString());
                    }
                });
            }
            return out;
        }
    }
}
