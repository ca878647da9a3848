package dev.huaweidr.plugin;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Start-up work on a thread of its own, so that it overlaps with the rest of the start. Not the common
 * fork-join pool: on the two-core machines plugins often run on, it has a single thread, and two tasks
 * given to it would run one after the other.
 */
final class Background {
    private Background() {
    }

    static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
