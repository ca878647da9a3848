package dev.huaweidr.cloud;

import java.util.Optional;
import java.util.function.Supplier;

/** A read found nothing where the service answers "absent" with an empty list instead of an error. */
public final class NotFoundException extends CloudException {
    public NotFoundException(String what) {
        super(what + " does not exist");
    }

    @Override
    public boolean isNotFound() {
        return true;
    }

    /** {@code read}'s value, or empty when it failed with a not-found error (any other error propagates). */
    public static <T> Optional<T> emptyIfNotFound(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (CloudException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
