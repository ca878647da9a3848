package dev.huaweidr.bench;

import dev.huaweidr.acc.Directories;
import dev.huaweidr.acc.StartupArchiveTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Copies of the packaged launcher directory: without its class archive, or with one trained for a JDK. */
final class Dists implements AutoCloseable {
    private final Path built;
    private final Path quickstart;
    private final Path root;

    Dists(Path built, Path quickstart) throws IOException {
        this.built = built;
        this.quickstart = quickstart;
        this.root = Files.createTempDirectory("bench-dists-");
    }

    /** The launcher directory without class archive, nor the class list to make one from. */
    Path withoutArchive(String name) throws IOException {
        Path copy = copy(name);
        for (String file : new String[] {"startup.jsa", "startup.release", "startup.classlist"}) {
            Files.deleteIfExists(copy.resolve("lib").resolve(file));
        }
        return copy;
    }

    /** The built directory if its archive was made for {@code java}, else a copy trained for it. */
    Path withArchiveFor(String name, Path java) throws Exception {
        Path release = java.toRealPath().getParent().resolveSibling("release");
        Path builtFor = built.resolve("lib/startup.release");
        if (Files.exists(builtFor) && Arrays.equals(Files.readAllBytes(builtFor), Files.readAllBytes(release))) {
            return built;
        }
        Path copy = copy(name);
        StartupArchiveTraining.main(new String[] {copy.toString(), quickstart.toString(), java.toString()});
        return copy;
    }

    private Path copy(String name) throws IOException {
        Path target = root.resolve(name.replaceAll("[^A-Za-z0-9.]+", "-"));
        Directories.copy(built, target);
        return target;
    }

    @Override
    public void close() {
        Directories.delete(root);
    }
}
