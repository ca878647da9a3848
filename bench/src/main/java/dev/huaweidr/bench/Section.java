package dev.huaweidr.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of the report: a heading, what was measured and how, its rows, and any further lines; its table
 * may have two more columns, for a subject its rows are compared with ({@link Row#against}).
 */
public final class Section {
    private final String title;
    private final String method;
    private Columns compared;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Section(String title, String method) {
        this.title = title;
        this.method = method;
    }

    public Section add(Row row) {
        rows.add(row);
        return this;
    }

    /** Adds the columns of the compared subject's median ({@code subject}) and of the ratio to it. */
    public Section comparedWith(String subject, String ratio) {
        compared = new Columns(subject, ratio);
        return this;
    }

    /** A line of markdown after the table (a second table, a finding). */
    public Section note(String markdown) {
        notes.add(markdown);
        return this;
    }

    public String title() {
        return title;
    }

    public String method() {
        return method;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    /** The headings of the comparison's columns, or null. */
    public Columns compared() {
        return compared;
    }

    public record Columns(String subject, String ratio) {
    }
}
