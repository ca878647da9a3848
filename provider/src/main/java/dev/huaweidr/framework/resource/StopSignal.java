package dev.huaweidr.framework.resource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Raised by Terraform's StopProvider (Ctrl-C): long-running work checks it or registers a listener and
 * returns promptly, with what it has done so far recorded. Once raised it stays raised; Terraform shuts
 * the process down next.
 */
public final class StopSignal {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    public boolean isStopped() {
        return stopped;
    }

    /** Runs {@code listener} when the signal is raised, or at once if it already was. */
    public void onStop(Runnable listener) {
        listeners.add(listener);
        if (stopped) {
            listener.run();
        }
    }

    public void raise() {
        stopped = true;
        listeners.forEach(Runnable::run);
    }
}
