package dev.huaweidr.docs;

import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.resource.Resource;
import dev.huaweidr.framework.resource.ResourceWithIdentity;
import dev.huaweidr.framework.resource.ResourceWithImport;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.HuaweidrProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the provider's documentation in the Terraform Registry layout ({@code docs/index.md},
 * {@code docs/resources/NAME.md}, {@code docs/data-sources/}, {@code docs/actions/}, {@code docs/list-resources/},
 * NAME being the type without the {@code huaweidr_} prefix) from three sources: the provider's own schema
 * objects, the {@code examples/} files, and a short hand-written template per page in {@code docs-templates/}
 * for what a schema cannot say. Whatever the provider offers when it runs gets a page. {@code make docs} runs
 * {@link #main}; {@code DocsUpToDateTest} fails when the committed pages differ from what it produces.
 */
public final class DocsGenerator {
    private final Path root;
    private final Provider provider = new HuaweidrProvider();

    DocsGenerator(Path root) {
        this.root = root;
    }

    /** Writes every page under {@code ROOT/docs} and removes generated pages of types that no longer exist. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Map<String, String> pages = new DocsGenerator(root).pages();
        for (String stale : existingPages(root)) {
            if (!pages.containsKey(stale)) {
                Files.delete(root.resolve(stale));
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = root.resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue());
        }
        System.out.println("Wrote " + pages.size() + " pages under " + root.resolve("docs"));
    }

    /** Every page, by its path relative to the project root. */
    Map<String, String> pages() {
        Map<String, String> pages = new TreeMap<>();
        pages.put("docs/index.md", providerPage());
        for (Resource resource : provider.resources()) {
            put(pages, Kind.RESOURCE, resource.typeName(), resource.schema(), importSection(resource));
        }
        provider.dataSources().forEach(d -> put(pages, Kind.DATA_SOURCE, d.typeName(), d.schema(), ""));
        provider.actions().forEach(a -> put(pages, Kind.ACTION, a.typeName(), a.schema(), ""));
        provider.listResources().forEach(l -> put(pages, Kind.LIST_RESOURCE, l.typeName(), l.configSchema(), ""));
        return pages;
    }

    /** The generated pages now in {@code docs/}, by path relative to the project root. */
    static List<String> existingPages(Path root) {
        List<String> pages = new ArrayList<>();
        if (Files.exists(root.resolve("docs/index.md"))) {
            pages.add("docs/index.md");
        }
        for (Kind kind : Kind.values()) {
            Path dir = root.resolve("docs").resolve(kind.dir);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".md"))
                            .forEach(f -> pages.add(root.relativize(f).toString().replace('\\', '/')));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return pages;
    }

    private String providerPage() {
        Schema schema = provider.schema();
        return new PageText(root)
                .frontMatter(provider.typeName() + " Provider", null, schema.block().description())
                .heading(provider.typeName() + " Provider", schema.block().description())
                .examples(Path.of("examples", "provider"))
                .template(Path.of("docs-templates", "index.md.tmpl"))
                .section(SchemaMarkdown.of(schema))
                .text();
    }

    private void put(Map<String, String> pages, Kind kind, String type, Schema schema, String tail) {
        String name = type.substring(provider.typeName().length() + 1);
        String description = schema.block().description();
        String text = new PageText(root)
                .frontMatter(type + " " + kind.label + " - " + provider.typeName(), "", description)
                .heading(type + " (" + kind.label + ")", description)
                .examples(Path.of("examples", kind.dir, type))
                .template(Path.of("docs-templates", kind.dir, name + ".md.tmpl"))
                .section(SchemaMarkdown.of(schema))
                .section(tail)
                .text();
        pages.put("docs/" + kind.dir + "/" + name + ".md", text);
    }

    /** How to import: the CLI command, the import block by identity, and the identity's attributes. */
    private String importSection(Resource resource) {
        if (!(resource instanceof ResourceWithImport)) {
            return "";
        }
        Path dir = Path.of("examples", Kind.RESOURCE.dir, resource.typeName());
        PageText section = new PageText(root).section("## Import\n")
                .file(dir.resolve("import.sh"), "shell", "With the CLI:")
                .file(dir.resolve("import-by-identity.tf"), "terraform",
                        "With an `import` block, by identity (Terraform 1.12+); `terraform query` writes these:");
        if (resource instanceof ResourceWithIdentity) {
            section.section(SchemaMarkdown.identity(((ResourceWithIdentity) resource).identitySchema()));
        }
        return section.text();
    }

    /** The kinds of pages below the provider's, with their directory under {@code docs/} and {@code examples/}. */
    enum Kind {
        RESOURCE("resources", "Resource"),
        DATA_SOURCE("data-sources", "Data Source"),
        ACTION("actions", "Action"),
        LIST_RESOURCE("list-resources", "List Resource");

        final String dir;
        final String label;

        Kind(String dir, String label) {
            this.dir = dir;
            this.label = label;
        }
    }
}
