package dev.huaweidr.acc;

import java.nio.file.Path;

/** The checkout the tests run in: where {@code examples/}, {@code docs/} and {@code docs-templates/} are. */
public final class ProjectRoot {
    private ProjectRoot() {
    }

    /** Set by the build ({@code huaweidr.root}); the parent of the module directory otherwise. */
    public static Path path() {
        return Path.of(System.getProperty("huaweidr.root", "..")).toAbsolutePath().normalize();
    }
}
