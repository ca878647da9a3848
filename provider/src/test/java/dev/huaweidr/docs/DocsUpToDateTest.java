package dev.huaweidr.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed documentation is what the generator produces from the provider as it is now. */
class DocsUpToDateTest {
    private static final Path ROOT = ProjectRoot.path();

    @Test
    void committedPagesMatchTheGenerator() throws IOException {
        Map<String, String> pages = new DocsGenerator(ROOT).pages();
        List<String> outdated = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = ROOT.resolve(page.getKey());
            if (!Files.exists(file) || !Files.readString(file).equals(page.getValue())) {
                outdated.add(page.getKey());
            }
        }
        DocsGenerator.existingPages(ROOT).stream().filter(p -> !pages.containsKey(p)).forEach(outdated::add);
        assertEquals(List.of(), outdated, "Documentation out of date: run `make docs`");
    }

    @Test
    void everyResourceAndListResourcePageShowsAWorkingExampleAndWhatTheSchemaCannotSay() {
        new DocsGenerator(ROOT).pages().forEach((path, text) -> {
            if (path.startsWith("docs/resources/") || path.startsWith("docs/list-resources/")) {
                assertTrue(text.contains("## Example Usage"), path + " has no example in examples/");
                assertTrue(text.contains("## Cloud APIs"), path + " has no template in docs-templates/");
            }
            if (path.startsWith("docs/resources/")) {
                assertTrue(text.contains("## Import") && text.contains("terraform import"), path + ": no import.sh");
            }
        });
    }
}
