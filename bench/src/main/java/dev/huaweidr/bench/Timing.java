package dev.huaweidr.bench;

import java.io.IOException;
import java.util.List;

/** A whole command's wall time and CPU time (its own and its children's, e.g. provider processes), in seconds. */
record Timing(double wall, double cpu) {
    /** Counts the CPU of the child processes that end, and are waited for, before it stops. */
    static Clock start() throws IOException {
        return new Clock(System.nanoTime(), Cpu.ofEndedChildren());
    }

    static List<Double> walls(List<Timing> timings) {
        return timings.stream().map(Timing::wall).toList();
    }

    static List<Double> cpus(List<Timing> timings) {
        return timings.stream().map(Timing::cpu).toList();
    }

    record Clock(long startNanos, double startCpuMillis) {
        Timing stop() throws IOException {
            return new Timing((System.nanoTime() - startNanos) / 1e9, (Cpu.ofEndedChildren() - startCpuMillis) / 1e3);
        }
    }
}
