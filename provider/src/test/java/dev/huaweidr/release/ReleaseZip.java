package dev.huaweidr.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The registry zip the build made (in {@code provider/target/release}), and the hashes Terraform takes of it.
 *
 * @param platform e.g. {@code linux_amd64}
 */
record ReleaseZip(Path path, String version, String platform) {
    private static final Pattern NAME =
            Pattern.compile("terraform-provider-huaweidr_(\\d+\\.\\d+\\.\\d+)_([a-z0-9]+_[a-z0-9]+)\\.zip");

    /** The zip named by the build ({@code huaweidr.release.zip}). */
    static ReleaseZip built() {
        String zip = System.getProperty("huaweidr.release.zip");
        if (zip == null || !Files.isRegularFile(Path.of(zip))) {
            throw new IllegalStateException("No release zip (" + zip + "): run the acceptance tests through `make test`.");
        }
        Path path = Path.of(zip).toAbsolutePath();
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalStateException("Not a registry name: " + path.getFileName());
        }
        return new ReleaseZip(path, name.group(1), name.group(2));
    }

    /** Whether the zip is the JVM launcher with its own Java runtime, rather than the native executable. */
    boolean carriesJavaRuntime() {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry("runtime/bin/java") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fileName() {
        return path.getFileName().toString();
    }

    /** A file of the same release beside the zip: {@code sibling("SHA256SUMS")} is {@code ..._0.1.0_SHA256SUMS}. */
    Path sibling(String suffix) {
        return path.resolveSibling("terraform-provider-huaweidr_" + version + "_" + suffix);
    }

    /**
     * Terraform's {@code h1:} hash of the package, which it records in the lock file: Go's dirhash "Hash1" of
     * the unpacked files, the SHA-256 of their sorted {@code "SHA256  PATH\n"} lines.
     */
    String h1() {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            List<? extends ZipEntry> files = zip.stream().filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            MessageDigest summary = sha256Digest();
            for (ZipEntry file : files) {
                try (InputStream in = zip.getInputStream(file)) {
                    summary.update((sha256(in) + "  " + file.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return "h1:" + Base64.getEncoder().encodeToString(summary.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a file, in hex as SHA256SUMS and Terraform's {@code zh:} hashes write it. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256Digest();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
