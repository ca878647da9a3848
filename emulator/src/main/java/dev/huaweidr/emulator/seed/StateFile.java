package dev.huaweidr.emulator.seed;

import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The optional state file: the world in seed format, rewritten atomically after every change. */
public final class StateFile {
    private final Path path;

    public StateFile(Path path) {
        this.path = path;
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    public World load() {
        return Seed.fromFile(path).world();
    }

    public void save(World world) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, path.getFileName().toString(), ".tmp");
            Json.MAPPER.writeValue(temp.toFile(), world);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write state file " + path, e);
        }
    }
}
