package dev.huaweidr.cloud.wait;

import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.CallContext;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.time.GoDuration;
import dev.huaweidr.log.Logger;
import java.time.Duration;

/**
 * The one waiter of every asynchronous operation: polls a {@link Watch} with a growing interval, reports each
 * change of status or progress, and ends on success (returning the last value), failure, the operation's
 * deadline or cancellation (which wakes the sleep at once).
 */
public final class Waiter {
    private static final Logger LOG = Logger.named("cloud");

    private final Backoff intervals;
    private final CallContext context;

    public Waiter(Backoff intervals, CallContext context) {
        this.intervals = intervals;
        this.context = context;
    }

    public <T> T await(Watch<T> watch) {
        return await(watch, ProgressListener.NONE);
    }

    public <T> T await(Watch<T> watch, ProgressListener listener) {
        long start = System.nanoTime();
        String doing = "waiting for " + watch.subject();
        Observation<T> last = null;
        for (int poll = 0; ; poll++) {
            context.cancellation().sleep(context.deadline().cap(intervals.step(poll)), doing);
            Observation<T> now;
            try {
                now = watch.observe();
            } catch (DeadlineExceededException e) {
                throw timeout(watch, last, start);
            }
            if (last == null || !now.line().equals(last.line())) {
                LOG.debug("cloud wait", "subject", watch.subject(), "progress", now.line());
                listener.progress(now.line());
            }
            last = now;
            if (now.phase() == Observation.Phase.SUCCEEDED) {
                return now.value();
            }
            if (now.phase() == Observation.Phase.FAILED) {
                throw new JobFailedException(watch.subject(), now);
            }
            if (context.deadline().isExpired()) {
                throw timeout(watch, now, start);
            }
        }
    }

    private static DeadlineExceededException timeout(Watch<?> watch, Observation<?> last, long startNanos) {
        String after = " after " + GoDuration.format(Duration.ofNanos(System.nanoTime() - startNanos));
        if (last == null) {
            return DeadlineExceededException.whileWaiting(watch.subject() + " gave no status" + after);
        }
        return DeadlineExceededException.whileWaiting(describe(watch.subject(), last) + " still " + last.status()
                + (last.progress().isEmpty() ? "" : " at " + last.progress()) + after);
    }

    /** {@code job 1a6b... (ConstructDisasterRecovery on redis-a)}. */
    static String describe(String subject, Observation<?> observation) {
        String label = observation.label();
        return label == null || label.isEmpty() || label.equals(subject) ? subject : subject + " (" + label + ")";
    }
}
