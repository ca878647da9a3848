package dev.huaweidr.framework.server;

import dev.huaweidr.framework.action.ActionEvents;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.StopSignal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The events of one InvokeAction, sent so that Terraform 1.15 cannot crash on them when the user interrupts it.
 *
 * <p><b>The crash.</b> Terraform's {@code GRPCProvider.InvokeAction} turns the stream into a Go range-over-func
 * iterator that ignores what {@code yield} returns: after the loop body of
 * {@code nodeActionTriggerApplyInstance.Execute} has returned, the iterator calls {@code Recv} again, and any
 * further event, or a stream that ends with an error status, makes it call {@code yield} once more, which
 * panics ("range function continued iteration after function for loop body returned false"). A clean end of
 * stream (status OK) only ends the iterator. The loop body returns at the first event it takes after Ctrl-C:
 * Terraform's stop hook is raised first ({@code Context.Stop}: {@code stopHook.Stop}, then the run context is
 * cancelled, and a goroutine watching it calls StopProvider), and from then on the hook fails every
 * {@code ProgressAction} and {@code CompleteAction}. So Terraform crashes exactly when it takes two events of
 * one stream after its stop hook was raised.
 *
 * <p><b>The rules.</b> (1) An event is sent only when {@link #GAP} has passed since the previous one: progress
 * lines wait for their turn, and the completed event waits after the last progress line. (2) Once StopProvider
 * has arrived no progress is sent, and the completed event only if the previous event went out at least
 * {@link #GAP} before StopProvider arrived (or there was none); otherwise the stream ends with no further
 * event, which Terraform takes as a clean end. The stream always ends with status OK.
 *
 * <p><b>Why no two events can follow the stop.</b> Let Terraform raise its stop hook at time s and StopProvider
 * reach us at t = s + L, and let e1, e2 be consecutive events, e1 reaching Terraform's loop d after we sent it.
 * A crash needs e1 to be taken after s, that is e1 + d > t - L. If e2 was sent before t, rule 1 gives e2 - e1
 * >= GAP and e2 < t; if after t, rule 2 gives t - e1 >= GAP. Either way t - e1 >= GAP, so a crash needs
 * L + d > GAP. Both are short: Terraform sends StopProvider from a goroutine it wakes in the same call that
 * raises the hook, and d is one message over loopback. A crash would take a stall of Terraform or of this
 * process of more than a second exactly between Terraform's stop and its call reaching us (docs/reliability.md
 * has the figures measured with every core busy). Where the stop comes within the gap of the last event, the
 * completed event, and with it the action's "Interrupted while ..." error, is the price.
 */
final class SpacedActionEvents implements ActionEvents {
    static final Duration GAP = Duration.ofSeconds(1);

    private final ActionEvents out;
    private final long gapNanos;
    private boolean sentAny;
    private long lastSent;
    private boolean stopped;
    private long stoppedAt;

    SpacedActionEvents(ActionEvents out, StopSignal stop, Duration gap) {
        this.out = out;
        this.gapNanos = gap.toNanos();
        stop.onStop(this::stopped);
    }

    /** Sends {@code message} once its turn has come; never after a stop. Blocks the action meanwhile. */
    @Override
    public synchronized void progress(String message) {
        if (awaitTurn()) {
            out.progress(message);
            sent();
        }
    }

    /** Sends the run's end once its turn has come, or, after a stop, only where rule 2 allows. */
    @Override
    public synchronized void completed(Diagnostics diagnostics) {
        boolean send = stopped ? !sentAny || stoppedAt - lastSent >= gapNanos : awaitTurn();
        if (send) {
            out.completed(diagnostics);
            sent();
        }
    }

    /** Waits until {@link #GAP} has passed since the last event; false if the stop came first. */
    private boolean awaitTurn() {
        while (!stopped) {
            long wait = sentAny ? lastSent + gapNanos - System.nanoTime() : 0;
            if (wait <= 0) {
                return true;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void sent() {
        sentAny = true;
        lastSent = System.nanoTime();
    }

    /** On StopProvider's thread: the time is taken before waiting for an event being sent to go out. */
    private void stopped() {
        long at = System.nanoTime();
        synchronized (this) {
            if (!stopped) {
                stopped = true;
                stoppedAt = at;
                notifyAll();
            }
        }
    }
}
