package dev.huaweidr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The peak resident memory (VmHWM) of provider processes launched from one directory, sampled from /proc
 * every 20 ms while a Terraform command runs: the largest any of them reached. The kernel keeps VmHWM as
 * the high-water mark, so a sample misses at most the last 20 ms of a process.
 */
final class ProviderMemory implements AutoCloseable {
    private final String launcherDir;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    ProviderMemory(Path dist) {
        this.launcherDir = dist.toString();
        this.sampler = new Thread(this::sample, "provider-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The largest peak seen, in MiB. */
    double peakMebibytes() {
        return peakKb.get() / 1024.0;
    }

    private void sample() {
        while (running) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .forEach(this::record);
                Thread.sleep(20);
            } catch (IOException e) {
                // a process list that changed under us: sample again
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(Path process) {
        try {
            String command = Files.readString(process.resolve("cmdline"));
            if (command.contains(launcherDir) && command.contains("dev.huaweidr.plugin.Main")) {
                for (String line : Files.readAllLines(process.resolve("status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peakKb.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                    }
                }
            }
        } catch (IOException e) {
            // the process ended between listing and reading
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
