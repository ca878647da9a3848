package dev.huaweidr.framework.resource;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Raised by Terraform's StopProvider (Ctrl-C): long-running work checks it or registers a listener and
 * returns promptly, with what it has done so far recorded. Once raised it stays raised.
 *
 * <p>Each operation gets its own {@link #child()}, so what it registers goes away with it: a process that
 * serves many commands (debug mode) does not collect listeners.
 */
public final class StopSignal {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Set<StopSignal> children = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
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

    /** A signal raised with this one, held only as long as its user holds it. */
    public StopSignal child() {
        StopSignal child = new StopSignal();
        children.add(child);
        if (stopped) {
            child.raise();
        }
        return child;
    }

    public void raise() {
        stopped = true;
        listeners.forEach(Runnable::run);
        List<StopSignal> live;
        synchronized (children) {
            live = List.copyOf(children);
        }
        live.forEach(StopSignal::raise);
    }
}
