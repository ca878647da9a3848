package dev.huaweidr.cloud;

import java.util.function.Supplier;

/**
 * A value worked out once, by its first asker: askers meanwhile wait for that answer rather than ask the cloud
 * too, and a failure is not kept, so the next asker tries again.
 */
public final class Once<T> {
    private T value;

    public synchronized T get(Supplier<T> work) {
        if (value == null) {
            value = work.get();
        }
        return value;
    }
}
