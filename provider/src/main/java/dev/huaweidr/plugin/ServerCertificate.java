package dev.huaweidr.plugin;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.security.auth.x500.X500Principal;

/**
 * The fresh, self-signed certificate the plugin presents to Terraform under auto-mTLS, shaped as go-plugin
 * shapes its own: P-256, SAN {@code localhost} (Go ignores the CN), server and client auth, a CA (go-plugin
 * puts it in the client's root pool), back-dated 30 s.
 *
 * <p>Keys and the signature come from the JDK's own providers; the few DER structures around them are
 * written by {@link Der}.
 */
public record ServerCertificate(KeyPair keyPair, X509Certificate certificate) {
    private static final Duration BACKDATE = Duration.ofSeconds(30);
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    /** digitalSignature, keyEncipherment, keyAgreement, keyCertSign: bits 0, 2, 4, 5; two bits unused. */
    private static final byte[] KEY_USAGE_BITS = {(byte) 0b1010_1100};

    public static ServerCertificate generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            byte[] name = new X500Principal("CN=localhost, O=HashiCorp").getEncoded();
            byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
            byte[] tbs = Der.sequence(
                    Der.explicit(0, Der.integer(BigInteger.TWO)), // v3
                    Der.integer(new BigInteger(127, new SecureRandom())),
                    algorithm,
                    name,
                    Der.sequence(Der.time(now.minus(BACKDATE)), Der.time(now.plus(LIFETIME))),
                    name,
                    keyPair.getPublic().getEncoded(),
                    Der.explicit(3, Der.sequence(
                            extension(SUBJECT_ALT_NAME, false, Der.sequence(Der.implicitIa5(2, "localhost"))),
                            extension(KEY_USAGE, true, Der.bitString(KEY_USAGE_BITS, 2)),
                            extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH), Der.oid(CLIENT_AUTH))),
                            extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true))))));
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign(), 0));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new ServerCertificate(keyPair, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the plugin's TLS certificate", e);
        }
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** The certificate as go-plugin reads it from the handshake: DER, standard base64 without padding. */
    public String handshakeEncoding() {
        try {
            return Base64.getEncoder().withoutPadding().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the plugin's TLS certificate", e);
        }
    }
}
