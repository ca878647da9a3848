package dev.huaweidr.emulator;

import dev.huaweidr.emulator.seed.SeedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed files: clear errors for broken ones; a minimal hand-written seed works. */
class SeedTest {
    @TempDir
    Path dir;

    private String startFails(String json) throws IOException {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, json);
        return assertThrows(SeedException.class,
                () -> Emulator.start(EmulatorOptions.defaults().withSeed(seed))).getMessage();
    }

    private static final String PROJECTS = "\"projects\":[{\"id\":\"p1\",\"region\":\"r1\"}]";

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");
        String message = assertThrows(SeedException.class,
                () -> Emulator.start(EmulatorOptions.defaults().withSeed(missing))).getMessage();
        assertTrue(message.contains("nope.json") && message.contains("does not exist"), message);
    }

    @Test
    void brokenJsonGivesTheLine() throws IOException {
        String message = startFails("{\n" + PROJECTS + ",\n  \"credentials\": {\n}}}");
        assertTrue(message.contains("seed.json") && message.contains("line"), message);
    }

    @Test
    void anUnknownFieldIsNamedWithItsPath() throws IOException {
        String message = startFails("{" + PROJECTS + ",\"geminidb_instances\":[{\"id\":\"i\",\"prot\":8635}]}");
        assertTrue(message.contains("geminidb_instances[0]") && message.contains("prot"), message);
    }

    @Test
    void aDanglingReferenceIsExplained() throws IOException {
        String message = startFails("{" + PROJECTS + ",\"dcs_instances\":[{\"instance_id\":\"d\",\"name\":\"d\","
                + "\"project_id\":\"p9\",\"cache_mode\":\"ha\"}]}");
        assertTrue(message.contains("dcs_instances (d)") && message.contains("p9"), message);
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        String message = startFails("{\"projects\":[{\"id\":\"p1\",\"region\":\"r1\"},{\"id\":\"p1\",\"region\":\"r2\"}]}");
        assertTrue(message.contains("appears twice"), message);
    }

    @Test
    void aMinimalSeedServesItsTopology() throws IOException {
        Path seed = dir.resolve("mini.json");
        Files.writeString(seed, "{" + PROJECTS + ",\"credentials\":{\"tokens\":[\"t\"]}}");
        try (Emulator emulator = Emulator.start(EmulatorOptions.defaults().withSeed(seed))) {
            Reply reply = CloudClient.withToken(emulator.baseUrl(), "t").get("/v3/projects?name=r1");
            assertEquals("p1", reply.text("/projects/0/id"));
            assertEquals(401, CloudClient.withToken(emulator.baseUrl(), "demo-token").get("/v3/projects").status());
        }
    }
}
