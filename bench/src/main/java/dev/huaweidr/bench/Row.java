package dev.huaweidr.bench;

/**
 * One line of the report: a measured quantity, its unit, and the goal it is held against, if any
 * ({@code limit}: the median must not exceed it).
 */
public record Row(String name, Samples samples, String unit, Double limit) {
    public static Row of(String name, Samples samples, String unit) {
        return new Row(name, samples, unit, null);
    }

    public static Row goal(String name, Samples samples, String unit, double limit) {
        return new Row(name, samples, unit, limit);
    }

    public String verdict() {
        if (limit == null) {
            return "";
        }
        return (samples.median() <= limit ? "met (≤ " : "**not met** (≤ ") + Report.number(limit, unit) + ")";
    }
}
