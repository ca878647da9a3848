package dev.huaweidr.plugin;

import dev.huaweidr.log.Logger;
import io.grpc.Attributes;
import io.grpc.ServerTransportFilter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ends a plugin process that Terraform launched once that Terraform can no longer use it or stop it: the
 * process has a new parent (Terraform died, e.g. by {@code kill -9}, and the process was re-parented), or
 * Terraform's connections all closed without a Shutdown call. Such a process would otherwise go on polling
 * the cloud jobs of an operation nobody waits for, then idle forever. The process logs one line and exits;
 * the cloud work it started goes on, as after Ctrl-C, and the next apply finds it (docs/reliability.md).
 *
 * <p>One check a second: the parent's pid ({@code getppid} and a read of the parent's /proc entry, through
 * {@link ProcessHandle}, which the native executable has too) and a count of connections. A closed connection
 * counts only at the second check that finds none, so the Shutdown exit, which closes Terraform's connection
 * just before the process ends, is never taken for a lost Terraform. Long-lived processes (debug and warm
 * mode) are not watched: they outlive their commands on purpose.
 */
final class OrphanWatch extends ServerTransportFilter {
    private static final Logger LOG = Logger.named("plugin");
    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Attributes.Key<Boolean> COUNTED = Attributes.Key.create("huaweidr.counted");

    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean connected;
    private volatile boolean shuttingDown;

    /** Starts watching on a daemon thread of its own, which an interrupt ends; {@code exit} ends the process. */
    Thread start(Runnable exit) {
        Thread thread = new Thread(() -> watch(exit), "orphan-watch");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Terraform asked the process to end: connections closing from now on are expected. */
    void shuttingDown() {
        shuttingDown = true;
    }

    @Override
    public Attributes transportReady(Attributes transport) {
        connections.incrementAndGet();
        connected = true;
        return transport.toBuilder().set(COUNTED, true).build();
    }

    @Override
    public void transportTerminated(Attributes transport) {
        // A connection closed before its HTTP/2 preface never became ready, and was never counted.
        if (transport != null && transport.get(COUNTED) != null) {
            connections.decrementAndGet();
        }
    }

    private void watch(Runnable exit) {
        long parent = parent();
        boolean lostBefore = false;
        while (pause()) {
            boolean lost = connected && connections.get() == 0 && !shuttingDown;
            String gone = null;
            if (parent() != parent) {
                gone = "its parent process " + parent + " exited";
            } else if (lost && lostBefore) {
                gone = "its connection closed without Shutdown";
            }
            if (gone != null) {
                LOG.warn("Terraform is gone (" + gone + "): the provider stops waiting and exits",
                        "pid", ProcessHandle.current().pid());
                exit.run();
                return;
            }
            lostBefore = lost;
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(PERIOD.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static long parent() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }
}
