package dev.huaweidr.acc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the peak resident memory ({@code VmHWM} in {@code /proc/PID/status}, Linux) of every process a
 * running Terraform starts, i.e. its provider plugins, until {@link #close}. The kernel keeps VmHWM as a
 * high-water mark, so a sample misses at most the last few milliseconds of a process. Beside it, the peak of
 * the anonymous part ({@code RssAnon}: heap, stacks, allocations; the rest is the executable's and libraries'
 * pages, clean and shared with every other process that maps them), as sampled, which may miss a short peak. A child that has not
 * yet exec'd its provider is skipped: Go starts a process from a clone that shares Terraform's memory, whose
 * VmHWM, Terraform's own, it shows until the exec.
 */
public final class ProviderMemory implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 20;
    private final long terraformPid;
    private final Map<Long, Long> peakKb = new ConcurrentHashMap<>();
    private final Map<Long, Long> peakAnonymousKb = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    public ProviderMemory(RunningTerraform terraform) {
        this.terraformPid = terraform.pid();
        this.poller = new Thread(this::poll, "provider-memory");
        poller.setDaemon(true);
        poller.start();
    }

    /** The highest peak of any one provider process seen, in MiB. */
    public double peakMib() {
        return largestMib(peakKb);
    }

    /** The highest anonymous resident memory of any one provider process seen, in MiB. */
    public double peakAnonymousMib() {
        return largestMib(peakAnonymousKb);
    }

    private static double largestMib(Map<Long, Long> kb) {
        return kb.values().stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0;
    }

    private void poll() {
        while (running) {
            // Read each time: Terraform may be started through a script that execs it.
            Path terraformExecutable = executable(terraformPid);
            ProcessHandle.of(terraformPid).ifPresent(terraform -> terraform.descendants()
                    .filter(p -> runsOtherThan(p.pid(), terraformExecutable))
                    .forEach(p -> highWaterMark(p.pid())));
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Whether the process is known to run something else than {@code executable}. */
    private static boolean runsOtherThan(long pid, Path executable) {
        Path runs = executable(pid);
        return runs != null && !runs.equals(executable);
    }

    /** What the process runs, or null where that cannot be read (it has ended, or is between two programs). */
    private static Path executable(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe"));
        } catch (IOException gone) {
            return null;
        }
    }

    private void highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakKb.merge(pid, kilobytes(line), Math::max);
                } else if (line.startsWith("RssAnon:")) {
                    peakAnonymousKb.merge(pid, kilobytes(line), Math::max);
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // The process ended between listing and reading.
        }
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
