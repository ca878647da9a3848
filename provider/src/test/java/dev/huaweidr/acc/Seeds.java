package dev.huaweidr.acc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Emulator seeds for tests that need more than the quickstart world: the quickstart seed, changed. */
public final class Seeds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {
    }

    /** A temporary seed file: {@code examples/quickstart/emulator-seed.json} after {@code change}. */
    public static Path quickstartWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode seed = (ObjectNode) JSON.readTree(ProjectRoot.path()
                    .resolve("examples/quickstart/emulator-seed.json").toFile());
            change.accept(seed);
            Path file = Files.createTempFile("seed-", ".json");
            file.toFile().deleteOnExit();
            JSON.writeValue(file.toFile(), seed);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
