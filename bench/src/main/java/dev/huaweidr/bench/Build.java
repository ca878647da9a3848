package dev.huaweidr.bench;

import java.nio.file.Path;

/**
 * A build of huaweidr, as the rows name it: "native", the executable compiled ahead of time
 * ({@code provider/target/native}), or "JVM", the launcher and its jars ({@code provider/target/dist}).
 */
record Build(String name, Path dir) {
    static final String EXECUTABLE = "terraform-provider-huaweidr";

    Path executable() {
        return dir.resolve(EXECUTABLE);
    }

    /** How rows name this build's figures: "huaweidr native", "huaweidr JVM". */
    String label() {
        return "huaweidr " + name;
    }
}
