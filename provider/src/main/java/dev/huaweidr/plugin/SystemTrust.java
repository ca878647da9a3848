package dev.huaweidr.plugin;

import dev.huaweidr.cloud.http.LazyTrust;
import dev.huaweidr.cloud.http.SystemAuthorities;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The JVM's default TLS context, trusting the machine's authorities read on first use. grpc's OkHttp
 * transport looks its TLS platform up through the JDK's default TLS context, and the JDK builds that default
 * by reading and parsing the whole trust store (about a tenth of a second of CPU, at every launch) although
 * the plugin's server never uses it. Unlike the JDK's, it presents no client certificate from
 * {@code javax.net.ssl.keyStore}, which nothing in the plugin sets.
 */
final class SystemTrust {
    private SystemTrust() {
    }

    static void installAsDefault() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new LazyTrust(SystemAuthorities::read)}, null);
            SSLContext.setDefault(context);
        } catch (GeneralSecurityException e) {
            throw new PluginStartException("the JDK offers no TLS: " + e.getMessage(), e);
        }
    }
}
