package dev.huaweidr.reliability;

import dev.huaweidr.acc.TerraformCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the interrupts of {@code InterruptAccTest} met, for docs/reliability.md: how many reached a running
 * Terraform; how the action then ended (completed anyway, failed with the provider's "Interrupted while"
 * error, or ended silently because the stop came within the gap after an event); how many swaps ran; and how
 * long Terraform's StopProvider took to reach the provider after Terraform's own stop (from each run's log:
 * Terraform's "Stop called" line and the provider's "rpc started" of StopProvider, both in milliseconds).
 */
final class InterruptTally {
    private static final Pattern TERRAFORM_STOP = Pattern.compile("^(\\S+) \\[WARN\\]\\s+terraform: Stop called");
    private static final Pattern PROVIDER_STOP = Pattern.compile("rpc started: .*rpc=StopProvider.* timestamp=(\\S+)");

    private int runs;
    private int signalled;
    private int completed;
    private int failed;
    private int swaps;
    private final List<Long> stopMillis = new ArrayList<>();

    int signalled() {
        return signalled;
    }

    void add(boolean signalledRun, TerraformCli.Result result, int swapsRun, Path log) {
        runs++;
        signalled += signalledRun ? 1 : 0;
        completed += result.output().contains("Action complete") ? 1 : 0;
        failed += result.output().contains("Action failed") ? 1 : 0;
        swaps += swapsRun;
        stopLatency(log).ifPresent(stopMillis::add);
    }

    private static Optional<Long> stopLatency(Path log) {
        Instant terraform = null;
        Instant provider = null;
        try {
            for (String line : Files.readAllLines(log)) {
                Matcher stop = TERRAFORM_STOP.matcher(line);
                Matcher received = PROVIDER_STOP.matcher(line);
                if (terraform == null && stop.find()) {
                    terraform = Instant.parse(stop.group(1));
                } else if (provider == null && received.find()) {
                    provider = Instant.parse(received.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terraform == null || provider == null ? Optional.empty()
                : Optional.of(Duration.between(terraform, provider).toMillis());
    }

    @Override
    public String toString() {
        String latency = stopMillis.isEmpty() ? "none measured" : "StopProvider reached the provider "
                + Collections.min(stopMillis) + "-" + Collections.max(stopMillis) + " ms after Terraform's stop ("
                + stopMillis.size() + " measured)";
        return runs + " runs, " + signalled + " SIGINTs to a running Terraform, 0 crashes; actions: " + completed
                + " completed, " + failed + " failed with the interruption, " + (runs - completed - failed)
                + " ended silently; " + swaps + " swaps ran; " + latency;
    }
}
