package dev.huaweidr.emulator.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A topology seed: its source name and bytes, read once and parsed into a fresh {@link World} whenever
 * one is needed (at start and on every reset). State files use the same format.
 */
public final class Seed {
    static final String QUICKSTART_RESOURCE = "emulator-seed.json";

    private final String source;
    private final byte[] json;

    private Seed(String source, byte[] json) {
        this.source = source;
        this.json = json;
        world();
    }

    public static Seed fromFile(Path file) {
        try {
            return new Seed(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new SeedException("Seed file " + file + " does not exist.");
        } catch (IOException e) {
            throw new SeedException("Cannot read seed file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The quickstart topology bundled in the jar (examples/quickstart/emulator-seed.json). */
    public static Seed quickstart() {
        try (InputStream in = Seed.class.getResourceAsStream(QUICKSTART_RESOURCE)) {
            if (in == null) {
                throw new SeedException("The bundled quickstart seed is missing from the classpath.");
            }
            return new Seed("quickstart seed", in.readAllBytes());
        } catch (IOException e) {
            throw new SeedException("Cannot read the bundled quickstart seed: " + e.getMessage(), e);
        }
    }

    public String source() {
        return source;
    }

    /** A fresh, validated world from this seed. */
    public World world() {
        return parse(source, json);
    }

    static World parse(String source, byte[] json) {
        World world;
        try {
            world = Json.MAPPER.readValue(json, World.class);
        } catch (JsonMappingException e) {
            throw new SeedException(source + ": " + describe(e), e);
        } catch (JsonProcessingException e) {
            throw new SeedException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SeedException(source + ": " + e.getMessage(), e);
        }
        if (world == null) {
            throw new SeedException(source + ": the file is empty.");
        }
        new SeedValidator(source, world).validate();
        return world;
    }

    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        String message = e.getOriginalMessage().split("\n")[0].replaceAll(" \\(class [^)]*\\)", "");
        return (path.isEmpty() ? "" : path + ": ") + message + where;
    }
}
