package dev.huaweidr.resources;

import dev.huaweidr.cloud.Cancellation;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.framework.resource.Operation;
import java.time.Duration;

/** The cloud as one operation sees it: bounded by the operation's timeout, cancelled by Ctrl-C. */
public final class CloudAccess {
    private CloudAccess() {
    }

    public static Cloud of(Operation op, Duration timeout) {
        Cancellation cancellation = new Cancellation();
        op.stop().onStop(cancellation::cancel);
        return op.provider(Cloud.class).with(cancellation, timeout);
    }
}
