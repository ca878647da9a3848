package dev.huaweidr.conformance;

import dev.huaweidr.framework.codec.CodecException;
import dev.huaweidr.framework.codec.JsonCodec;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conformance provider's "cloud": one JSON file per thing in a directory the test owns, so a test can
 * look at what exists and change it behind Terraform's back.
 */
final class ThingStore {
    private final Path dir;

    ThingStore(Path dir) {
        this.dir = dir;
    }

    Value load(String id, ObjectType type) {
        Path file = dir.resolve(id + ".json");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return JsonCodec.decode(Files.readAllBytes(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CodecException e) {
            throw new IllegalStateException("corrupt thing " + id + ": " + e.getMessage(), e);
        }
    }

    void save(String id, Value thing, ObjectType type) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(id + ".json"), JsonCodec.encode(thing, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String id) {
        try {
            Files.deleteIfExists(dir.resolve(id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> ids() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> ids = new ArrayList<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .forEach(n -> ids.add(n.substring(0, n.length() - ".json".length())));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
