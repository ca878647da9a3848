package dev.huaweidr.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One page's Markdown, part by part, separated by blank lines. Files are read relative to the project root;
 * a file that does not exist leaves its part out.
 */
final class PageText {
    private final Path root;
    private final List<String> parts = new ArrayList<>();

    PageText(Path root) {
        this.root = root;
    }

    /** The registry's front matter; {@code subcategory} null leaves it out. */
    PageText frontMatter(String title, String subcategory, String description) {
        StringBuilder yaml = new StringBuilder("---\npage_title: \"").append(title).append("\"\n");
        if (subcategory != null) {
            yaml.append("subcategory: \"").append(subcategory).append("\"\n");
        }
        yaml.append("description: |-\n  ").append(description.strip().replace("\n", "\n  ")).append("\n---");
        return section(yaml.toString());
    }

    PageText heading(String title, String description) {
        return section("# " + title).section(description);
    }

    /** {@code ## Example Usage} with every configuration file of {@code dir} but the import examples. */
    PageText examples(Path dir) {
        List<Path> files = list(dir).stream()
                .filter(f -> f.getFileName().toString().endsWith(".tf") || f.getFileName().toString().endsWith(".hcl"))
                .filter(f -> !f.getFileName().toString().startsWith("import"))
                .toList();
        if (!files.isEmpty()) {
            section("## Example Usage");
            files.forEach(f -> fenced(f, "terraform"));
        }
        return this;
    }

    /** The hand-written part of the page. */
    PageText template(Path file) {
        return Files.exists(root.resolve(file)) ? section(read(file)) : this;
    }

    /** {@code intro}, then the file in a fenced block of {@code language}. */
    PageText file(Path file, String language, String intro) {
        return Files.exists(root.resolve(file)) ? section(intro).fenced(file, language) : this;
    }

    PageText section(String markdown) {
        if (!markdown.isBlank()) {
            parts.add(markdown.strip());
        }
        return this;
    }

    String text() {
        return String.join("\n\n", parts) + "\n";
    }

    private PageText fenced(Path file, String language) {
        return section("```" + language + "\n" + read(file).strip() + "\n```");
    }

    private String read(Path file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> list(Path dir) {
        Path absolute = root.resolve(dir);
        if (!Files.isDirectory(absolute)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(absolute)) {
            return files.sorted().map(root::relativize).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
