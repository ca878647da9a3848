package dev.huaweidr.acc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the peak resident memory ({@code VmHWM} in {@code /proc/PID/status}, Linux) of every process a
 * running Terraform starts, i.e. its provider plugins, until {@link #close}. The kernel keeps VmHWM as a
 * high-water mark, so a sample misses at most the last few milliseconds of a process.
 */
public final class ProviderMemory implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 20;
    private final long terraformPid;
    private final Map<Long, Long> peakKb = new ConcurrentHashMap<>();
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
        return peakKb.values().stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0;
    }

    private void poll() {
        while (running) {
            ProcessHandle.of(terraformPid).ifPresent(terraform -> terraform.descendants()
                    .forEach(p -> highWaterMark(p.pid())));
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakKb.merge(pid, kb, Math::max);
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // The process ended between listing and reading.
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
