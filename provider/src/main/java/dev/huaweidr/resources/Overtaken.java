package dev.huaweidr.resources;

import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.DeadlineExceededException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Removals that something else may overtake: another destroy of the same pair, link or task, or the console. A
 * removal the cloud refuses (or whose answer is lost) because what it would remove is gone already has nothing
 * left to do, and that is what a destroy wants.
 */
public final class Overtaken {
    private Overtaken() {
    }

    /**
     * {@code request}'s answer; empty when it failed and a fresh read ({@code gone}) shows nothing left to
     * remove. Otherwise its failure is thrown, with a read that failed too attached. Interrupts and timeouts
     * are thrown at once.
     */
    public static <T> Optional<T> unlessGone(Supplier<T> request, BooleanSupplier gone) {
        try {
            return Optional.of(request.get());
        } catch (CancelledException | DeadlineExceededException e) {
            throw e;
        } catch (CloudException e) {
            try {
                if (gone.getAsBoolean()) {
                    return Optional.empty();
                }
            } catch (CloudException unreadable) {
                e.addSuppressed(unreadable);
            }
            throw e;
        }
    }
}
