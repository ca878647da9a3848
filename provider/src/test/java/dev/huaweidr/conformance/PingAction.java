package dev.huaweidr.conformance;

import dev.huaweidr.framework.action.Action;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validators;

/** {@code conformance_ping}: reports progress a few times, then succeeds or, when asked, fails. */
final class PingAction implements Action {
    record Ping(String message, Long times, Boolean fail) {
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
                Attribute.bool("fail").optional()));
    }

    @Override
    public void invoke(Invoke op) {
        Ping ping = op.config().as(Ping.class);
        long times = ping.times() == null ? 2 : ping.times();
        for (long i = 1; i <= times && !op.stop().isStopped(); i++) {
            op.progress("ping " + i + " of " + times + ": " + ping.message());
        }
        if (Boolean.TRUE.equals(ping.fail())) {
            op.diagnostics().error("Ping failed", "Asked to fail after " + times + " pings.");
        }
    }
}
