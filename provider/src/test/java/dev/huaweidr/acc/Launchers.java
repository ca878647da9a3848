package dev.huaweidr.acc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Where Terraform finds the providers under test. */
public final class Launchers {
    private static Path conformance;

    private Launchers() {
    }

    /**
     * The provider as users get it: the native executable where the build made one
     * ({@code provider/target/native}), else the JVM launcher.
     */
    public static Path huaweidr() {
        Path nativeDir = nativeExecutable();
        return nativeDir != null ? nativeDir : jvm();
    }

    /** The native executable's directory, or null where the build made none (no JDK 25, docs/native.md). */
    public static Path nativeExecutable() {
        String dir = System.getProperty("huaweidr.native.dir");
        return dir != null && Files.isExecutable(Path.of(dir, "terraform-provider-huaweidr")) ? Path.of(dir) : null;
    }

    /** The JVM launcher with its jars, as the build packaged it ({@code provider/target/dist}). */
    public static Path jvm() {
        String dir = System.getProperty("huaweidr.launcher.dir");
        if (dir == null || !Files.isExecutable(Path.of(dir, "terraform-provider-huaweidr"))) {
            throw new IllegalStateException("No packaged launcher: run the acceptance tests through `make test`.");
        }
        return Path.of(dir);
    }

    /**
     * A launcher for the test-only conformance provider: the same plugin, protocol and framework code, run
     * from this test JVM's class path.
     */
    public static synchronized Path conformance() {
        if (conformance == null) {
            try {
                Path dir = Files.createTempDirectory("conformance-launcher-");
                Path script = dir.resolve("terraform-provider-conformance");
                String java = ProcessHandle.current().info().command().orElse("java");
                Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
                        + "-Xlog:disable -Xlog:all=warning:stderr -cp '" + System.getProperty("java.class.path")
                        + "' dev.huaweidr.conformance.ConformanceMain \"$@\"\n");
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                dir.toFile().deleteOnExit();
                script.toFile().deleteOnExit();
                conformance = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return conformance;
    }
}
