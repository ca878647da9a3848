package dev.huaweidr.cloud;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Whom the client trusts for the cloud endpoints' TLS certificates: the authorities the machine trusts
 * ({@code SystemAuthorities}, read at run time), plus {@code authorities} (a private certificate authority,
 * a TLS-inspecting proxy); or, DANGEROUS and for self-signed test endpoints only, anyone ({@code insecure}).
 */
public record TlsTrust(boolean insecure, List<X509Certificate> authorities) {
    public static final TlsTrust SYSTEM = new TlsTrust(false, List.of());
    public static final TlsTrust INSECURE = new TlsTrust(true, List.of());

    public TlsTrust {
        authorities = List.copyOf(authorities);
    }

    /** The machine's authorities and these. */
    public static TlsTrust alsoTrusting(List<X509Certificate> authorities) {
        return new TlsTrust(false, authorities);
    }
}
