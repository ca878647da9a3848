package dev.huaweidr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the run into {@code docs/benchmarks.md} between two marker lines, leaving the hand-written text
 * around them alone. Each row shows the median of the run before it in the file, so that a regression
 * shows in the diff of one command. A section this run did not measure ({@code --only}) keeps its figures
 * from the run before, marked as such, so that the table always covers every goal.
 */
public final class Report {
    static final String BEGIN = "<!-- make bench: generated from here -->";
    static final String END = "<!-- make bench: generated up to here -->";
    private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| ([^|]+?) \\|", Pattern.MULTILINE);
    private static final Pattern RUN = Pattern.compile("^## (Run of .+)$", Pattern.MULTILINE);
    private static final String SECTION = "\n### ";
    private static final String KEPT = "*Not measured by the latest run: these figures are from the ";

    private Report() {
    }

    public static void write(Path doc, String heading, List<Section> sections) throws IOException {
        String old = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(doc + " has lost its marker lines:\n" + BEGIN + "\n" + END);
        }
        String generated = old.substring(begin, end);
        Map<String, String> previous = previousMedians(generated);
        Map<String, String> kept = previousSections(generated);
        StringBuilder out = new StringBuilder(old.substring(0, begin)).append(BEGIN).append("\n\n").append(heading).append('\n');
        for (Section section : sections) {
            kept.remove(section.title());
        }
        for (Section section : sections) {
            out.append(SECTION).append(section.title()).append("\n\n").append(section.method()).append("\n");
            if (!section.rows().isEmpty()) {
                Section.Columns compared = section.compared();
                out.append("\n| Measure | Median | Min – max | Runs | ")
                        .append(compared == null ? "" : compared.subject() + " | " + compared.ratio() + " | ")
                        .append("Goal | Previous run |\n|---|---|---|---|").append(compared == null ? "" : "---|---|")
                        .append("---|---|\n");
                for (Row row : section.rows()) {
                    Samples s = row.samples();
                    out.append("| ").append(row.name()).append(" | ").append(number(s.median(), row.unit()))
                            .append(" | ").append(number(s.min(), row.unit())).append(" – ").append(number(s.max(), row.unit()))
                            .append(" | ").append(s.count()).append(" | ");
                    if (compared != null) {
                        out.append(comparison(row)).append(" | ");
                    }
                    out.append(row.verdict()).append(" | ").append(previous.getOrDefault(row.name(), "")).append(" |\n");
                }
            }
            for (String note : section.notes()) {
                out.append('\n').append(note).append('\n');
            }
        }
        kept.values().forEach(section -> out.append(SECTION).append(section));
        out.append('\n').append(old.substring(end));
        Files.writeString(doc, out);
    }

    /** The compared subject's median and the median ratio to it, or two empty cells. */
    private static String comparison(Row row) {
        Row.Comparison c = row.comparison();
        return c == null ? " | " : number(c.other().median(), row.unit()) + " | " + number(c.ratio().median(), "x");
    }

    /** A figure with its unit: milliseconds and seconds rounded for reading, ratios to two decimals. */
    public static String number(double value, String unit) {
        switch (unit) {
            case "ms":
                return String.format(Locale.ROOT, "%.0f ms", value);
            case "s":
                return String.format(Locale.ROOT, "%.2f s", value);
            case "x":
                return String.format(Locale.ROOT, "%.2fx", value);
            case "MiB":
                return String.format(Locale.ROOT, "%.0f MiB", value);
            case "calls":
                return String.format(Locale.ROOT, "%.0f", value);
            default:
                return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.3g %s", value, unit);
        }
    }

    /** The sections of the run before, by title, each marked with the run it came from. */
    private static Map<String, String> previousSections(String generated) {
        Matcher run = RUN.matcher(generated);
        String from = run.find() ? run.group(1).replace("Run of", "run of") : "an earlier run";
        Map<String, String> sections = new LinkedHashMap<>();
        String[] parts = generated.split(Pattern.quote(SECTION));
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].stripTrailing() + "\n";
            int titleEnd = part.indexOf('\n');
            String title = part.substring(0, titleEnd);
            sections.put(title, part.contains(KEPT) ? part
                    : title + "\n\n" + KEPT + from + ".*\n" + part.substring(titleEnd + 1));
        }
        return sections;
    }

    private static Map<String, String> previousMedians(String generated) {
        Map<String, String> medians = new HashMap<>();
        Matcher m = ROW.matcher(generated);
        while (m.find()) {
            if (!m.group(1).equals("Measure") && !m.group(2).startsWith("---")) {
                medians.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return medians;
    }
}
