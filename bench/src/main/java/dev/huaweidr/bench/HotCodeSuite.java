package dev.huaweidr.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH benchmarks of {@code dev.huaweidr.bench.jmh}: codecs, and the plan path over 1,000 resources. */
final class HotCodeSuite {
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "msgpackEncode", "msgpack encode, one Redis DR state",
            "msgpackDecode", "msgpack decode, one Redis DR state",
            "jsonEncode", "JSON encode, one Redis DR state",
            "jsonDecode", "JSON decode, one Redis DR state",
            "upgradeStateOf1000", "UpgradeResourceState of 1,000 links",
            "planOf1000", "PlanResourceChange of 1,000 links, no changes");

    private HotCodeSuite() {
    }

    static Section run(boolean quick) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("dev\\.huaweidr\\.bench\\.jmh\\.")
                .forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .build()).run();
        Section section = new Section("Hot code (JMH)", "JMH 1.37, one fork, " + (quick ? "1 + 2" : "3 + 5")
                + " iterations of 1 s (warm-up + measured), average time per operation; the spread is across the "
                + "measured iterations. The JVM is the one running `make bench`, with JMH's defaults (C2).");
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            List<Double> iterations = result.getBenchmarkResults().stream()
                    .flatMap(b -> b.getIterationResults().stream())
                    .map(i -> i.getPrimaryResult().getScore()).toList();
            section.add(Row.of(DESCRIPTIONS.getOrDefault(method, method), new Samples(iterations),
                    result.getPrimaryResult().getScoreUnit()));
        }
        return section;
    }
}
