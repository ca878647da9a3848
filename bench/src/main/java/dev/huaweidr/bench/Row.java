package dev.huaweidr.bench;

/**
 * One line of the report: a measured quantity, its unit, the goal it is held against, if any ({@code limit}:
 * the median must not exceed it), and the same quantity of the subject its section compares with, if any.
 */
public record Row(String name, Samples samples, String unit, Double limit, Comparison comparison) {
    public Row(String name, Samples samples, String unit, Double limit) {
        this(name, samples, unit, limit, null);
    }

    public static Row of(String name, Samples samples, String unit) {
        return new Row(name, samples, unit, null);
    }

    public static Row goal(String name, Samples samples, String unit, double limit) {
        return new Row(name, samples, unit, limit);
    }

    /** This row with the other subject's samples beside it, and this one's ratio to them, pair by pair. */
    public Row against(Samples other, Samples ratio) {
        return new Row(name, samples, unit, limit, new Comparison(other, ratio));
    }

    public String verdict() {
        if (limit == null) {
            return "";
        }
        return (samples.median() <= limit ? "met (≤ " : "**not met** (≤ ") + Report.number(limit, unit) + ")";
    }

    /** The other subject's measurements of the row's quantity, and the row's ratio to them. */
    public record Comparison(Samples other, Samples ratio) {
    }
}
