package dev.huaweidr.bench;

import java.util.List;

/**
 * One line of the report: a measured quantity, its unit, the goal it is held against, if any ({@code limit}:
 * the median must not exceed it), and the same quantity of the subject its section compares with, if any,
 * which may hold the goal instead (a limit of the ratio to that subject).
 */
public record Row(String name, Samples samples, String unit, Double limit, Comparison comparison) {
    public Row(String name, Samples samples, String unit, Double limit) {
        this(name, samples, unit, limit, null);
    }

    public static Row of(String name, Samples samples, String unit) {
        return new Row(name, samples, unit, null);
    }

    /**
     * A row of {@code figures} with the compared subject's figures of the same quantity beside it, and the ratio
     * to them, pair by pair; without them if {@code other} is empty (that subject did not run).
     * {@code ratioLimit}, if not null, is the goal of the median ratio.
     */
    public static Row compared(String name, List<Double> figures, List<Double> other, String unit, Double ratioLimit) {
        Comparison comparison = other.isEmpty() ? null
                : new Comparison(new Samples(other), Samples.ratios(figures, other), ratioLimit);
        return new Row(name, new Samples(figures), unit, null, comparison);
    }

    public String verdict() {
        if (comparison != null && comparison.limit() != null) {
            return verdict(comparison.ratio().median(), comparison.limit(), "x");
        }
        return limit == null ? "" : verdict(samples.median(), limit, unit);
    }

    private static String verdict(double median, double limit, String unit) {
        return (median <= limit ? "met (≤ " : "**not met** (≤ ") + Report.number(limit, unit) + ")";
    }

    /** The other subject's measurements of the row's quantity, the row's ratio to them, and its goal if any. */
    public record Comparison(Samples other, Samples ratio, Double limit) {
    }
}
