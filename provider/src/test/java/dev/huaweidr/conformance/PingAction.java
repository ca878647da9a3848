package dev.huaweidr.conformance;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validators;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code conformance_ping}: reports progress a few times, then succeeds or, when asked, fails. With
 * {@code delay_ms} it waits between pings, and a stop ends the wait at once.
 */
final class PingAction implements Action {
    record Ping(String message, Long times, Boolean fail, Long delayMs) {
    }

    @Override
    public String typeName() {
        return "conformance_ping";
    }

    @Override
    public Schema schema() {
        return Schema.of(Block.of(
                Attribute.string("message").required(),
                Attribute.number("times").optional().validators(Validators.integerBetween(1, 10)),
                Attribute.bool("fail").optional(),
                Attribute.number("delay_ms").optional().validators(Validators.integerBetween(0, 600_000))));
    }

    @Override
    public void invoke(Invoke op) {
        Ping ping = op.config().as(Ping.class);
        long times = ping.times() == null ? 2 : ping.times();
        CountDownLatch stopped = new CountDownLatch(1);
        op.stop().onStop(stopped::countDown);
        long sent = 0;
        while (sent < times && !op.stop().isStopped()) {
            op.progress("ping " + ++sent + " of " + times + ": " + ping.message());
            if (sent < times && ping.delayMs() != null && await(stopped, ping.delayMs())) {
                break;
            }
        }
        if (sent < times) {
            op.progress("stopped after ping " + sent);
            op.diagnostics().error("Ping stopped", "Stopped after " + sent + " of " + times + " pings.");
        } else if (Boolean.TRUE.equals(ping.fail())) {
            op.diagnostics().error("Ping failed", "Asked to fail after " + times + " pings.");
        }
    }

    /** Whether the stop came within {@code millis}. */
    private static boolean await(CountDownLatch stopped, long millis) {
        try {
            return stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
