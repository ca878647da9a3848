package dev.huaweidr.acc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Busy threads, one per core, that keep the machine loaded while a test runs, as on a CI runner shared with
 * other builds. Bounded: they stop when closed, and on their own after {@code limit} should a test never
 * close them.
 */
public final class CpuHogs implements AutoCloseable {
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    private CpuHogs(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread hog = new Thread(() -> spin(end), "cpu-hog-" + i);
            hog.setDaemon(true);
            threads.add(hog);
        }
    }

    /** Starts one busy thread per core, for at most {@code limit}. */
    public static CpuHogs start(Duration limit) {
        CpuHogs hogs = new CpuHogs(limit);
        hogs.threads.forEach(Thread::start);
        return hogs;
    }

    private void spin(long end) {
        long x = 0;
        while (!stopped && System.nanoTime() < end) {
            for (int i = 0; i < 100_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        if (x == 42) {
            System.out.print(""); // keeps the loop from being optimized away
        }
    }

    @Override
    public void close() {
        stopped = true;
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
