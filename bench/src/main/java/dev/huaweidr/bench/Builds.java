package dev.huaweidr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The builds of huaweidr a run measures: the native executable where the build made one, and the JVM launcher. */
record Builds(Build nativeExecutable, Build jvm) {
    /** The builds in {@code root}; where there is no native executable, says so in one line. */
    static Builds find(Path root) throws IOException {
        Build jvm = new Build("JVM", root.resolve("provider/target/dist").toRealPath());
        Path nativeDir = root.resolve("provider/target/native");
        if (!Files.isExecutable(nativeDir.resolve(Build.EXECUTABLE))) {
            System.out.println("No native executable in " + nativeDir + " (the build makes one where it finds a "
                    + "JDK 25, docs/native.md): measuring the JVM launcher only.");
            return new Builds(null, jvm);
        }
        return new Builds(new Build("native", nativeDir.toRealPath()), jvm);
    }

    /** What ships, and what the goals are held against: the native executable where it was built. */
    Build ships() {
        return nativeExecutable != null ? nativeExecutable : jvm;
    }

    /** Every build, what ships first. */
    List<Build> all() {
        return nativeExecutable != null ? List.of(nativeExecutable, jvm) : List.of(jvm);
    }
}
