package dev.huaweidr.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one quantity; quoted by their median, with the spread beside it. */
public record Samples(List<Double> values) {
    public Samples {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        values = List.copyOf(sorted);
    }

    public static Samples of(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return new Samples(list);
    }

    public double median() {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    public double min() {
        return values.get(0);
    }

    public double max() {
        return values.get(values.size() - 1);
    }

    public int count() {
        return values.size();
    }

    /**
     * Pairwise quotients {@code numerators[i] / denominators[i]}, the lists in the order the pairs were measured
     * (which a {@code Samples} does not keep).
     */
    public static Samples ratios(List<Double> numerators, List<Double> denominators) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(numerators.size(), denominators.size()); i++) {
            out.add(numerators.get(i) / denominators.get(i));
        }
        return new Samples(out);
    }
}
