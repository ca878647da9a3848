package dev.huaweidr.resources;

import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.cloud.Service;
import dev.huaweidr.cloud.TlsTrust;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.EnumMap;
import java.util.List;
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
        String cacertFile = r.string("cacert_file", "HW_CACERT_FILE");
        String retries = r.string("max_retries", "HW_MAX_RETRIES");
        if (region == null) {
            diagnostics.error(AttributePath.root().attr("region"), "Missing region",
                    "Set `region` in the provider block or the HW_REGION_NAME environment variable.");
        }
        // The attributes were validated with the schema; what the environment gave is checked here.
        checkVariable("region", "HW_REGION_NAME", region, Regions.problem(region), diagnostics);
        checkVariable("project_id", "HW_PROJECT_ID", projectId, CloudIds.problem(projectId), diagnostics);
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
                maxRetries = -1;
            }
            if (maxRetries < 0 || maxRetries > 100) {
                diagnostics.error(AttributePath.root().attr("max_retries"), "Invalid HW_MAX_RETRIES",
                        "HW_MAX_RETRIES must be a whole number from 0 to 100; got \"" + retries + "\".");
            }
        }
        List<X509Certificate> authorities = cacertFile == null ? List.of() : authorities(cacertFile, diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        TlsTrust tls = insecure ? TlsTrust.INSECURE : TlsTrust.alsoTrusting(authorities);
        Credentials credentials = authToken != null ? Credentials.iamToken(authToken)
                : securityToken != null ? Credentials.temporaryAccessKey(accessKey, secretKey, securityToken)
                : Credentials.accessKey(accessKey, secretKey);
        return new CloudConfig(region, projectId, credentials, r.endpoints(), tls, maxRetries);
    }

    /** An error at {@code attribute} when the value it took from {@code variable} has a {@code problem}. */
    private static void checkVariable(String attribute, String variable, String value, String problem,
            Diagnostics diagnostics) {
        if (value != null && problem != null) {
            diagnostics.error(AttributePath.root().attr(attribute), "Invalid " + variable,
                    variable + " (\"" + value + "\") is " + problem + ".");
        }
    }

    /** The certificates of a PEM file, or none with an error at {@code cacert_file}. */
    private static List<X509Certificate> authorities(String file, Diagnostics diagnostics) {
        AttributePath at = AttributePath.root().attr("cacert_file");
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .stream().map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                diagnostics.error(at, "No certificate in cacert_file", file + " holds no PEM certificate.");
            }
            return certificates;
        } catch (IOException | InvalidPathException e) {
            diagnostics.error(at, "Cannot read cacert_file", "Cannot read " + file + ": " + e.getMessage());
        } catch (CertificateException e) {
            diagnostics.error(at, "Invalid cacert_file", file + " is not a PEM file of certificates: "
                    + e.getMessage());
        }
        return List.of();
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
