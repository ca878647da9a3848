package dev.huaweidr.cloud;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-way switch that StopProvider flips: every sleep of the client (retry backoff, waiter polls) wakes at
 * once, and HTTP calls in flight are cancelled through the hooks registered with {@link #onCancel}.
 */
public final class Cancellation {
    private final Object lock = new Object();
    private final List<Runnable> hooks = new ArrayList<>();
    private boolean cancelled;

    /** Cancels everything that waits on this token; later calls do nothing. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            lock.notifyAll();
            toRun = List.copyOf(hooks);
            hooks.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /** Throws {@link CancelledException} naming {@code doing} when cancelled. */
    public void throwIfCancelled(String doing) {
        if (isCancelled()) {
            throw new CancelledException(doing);
        }
    }

    /**
     * Sleeps for {@code duration}, or throws {@link CancelledException} as soon as this token is cancelled
     * (or the thread is interrupted).
     */
    public void sleep(Duration duration, String doing) {
        long end = System.nanoTime() + duration.toNanos();
        synchronized (lock) {
            while (!cancelled) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException(doing);
                }
            }
        }
        throw new CancelledException(doing);
    }

    /**
     * Runs {@code hook} when this token is cancelled (at once if it already is) until the returned registration
     * is closed.
     */
    public Registration onCancel(Runnable hook) {
        synchronized (lock) {
            if (!cancelled) {
                hooks.add(hook);
                return () -> {
                    synchronized (lock) {
                        hooks.remove(hook);
                    }
                };
            }
        }
        hook.run();
        return () -> { };
    }

    /** Ends a hook registration; never throws. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
