package dev.huaweidr.cloud.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities this machine trusts, read when the provider runs and the way Terraform and the
 * Go providers beside it read them: the PEM files named by {@code SSL_CERT_FILE} and {@code SSL_CERT_DIR},
 * else the first bundle of those Linux distributions keep. Read at run time, never at build time: the native
 * executable would otherwise carry the trust store of the machine that built it, and a release's Java
 * runtime the one it was linked with. Only where the machine keeps no bundle, the Java runtime's own store.
 */
public final class SystemAuthorities {
    /** Debian and Ubuntu, Fedora and RHEL, openSUSE, RHEL's extracted bundle, Alpine: Go's list. */
    static final List<Path> BUNDLES = Stream.of("/etc/ssl/certs/ca-certificates.crt",
            "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem",
            "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/ssl/cert.pem").map(Path::of).toList();

    private SystemAuthorities() {
    }

    public static List<X509Certificate> read() throws CertificateException {
        return read(System.getenv(), BUNDLES);
    }

    static List<X509Certificate> read(Map<String, String> env, List<Path> bundles) throws CertificateException {
        List<Path> files = new ArrayList<>();
        String file = env.get("SSL_CERT_FILE");
        if (file != null && !file.isEmpty()) {
            files.add(Path.of(file));
        }
        String dirs = env.get("SSL_CERT_DIR");
        if (dirs != null && !dirs.isEmpty()) {
            Arrays.stream(dirs.split(":")).filter(d -> !d.isEmpty()).forEach(d -> files.addAll(filesIn(Path.of(d))));
        }
        if (files.isEmpty()) {
            bundles.stream().filter(Files::isReadable).findFirst().ifPresent(files::add);
        }
        if (files.isEmpty()) {
            return javaRuntimes();
        }
        List<X509Certificate> authorities = new ArrayList<>();
        for (Path path : files) {
            authorities.addAll(certificates(path));
        }
        return authorities;
    }

    private static List<Path> filesIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A file's PEM certificates; a file that is not one (SSL_CERT_DIR also holds links and lists) gives none. */
    private static List<X509Certificate> certificates(Path path) throws CertificateException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (IOException e) {
            throw new CertificateException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            return List.of();
        }
    }

    private static List<X509Certificate> javaRuntimes() throws CertificateException {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return List.of(x509.getAcceptedIssuers());
                }
            }
            return List.of();
        } catch (GeneralSecurityException e) {
            throw new CertificateException("cannot read the Java runtime's trust store: " + e.getMessage(), e);
        }
    }
}
