package dev.huaweidr.emulator.http;

import dev.huaweidr.emulator.model.World;

/** One cloud API operation, run under the store's lock; refuses by throwing {@link ApiError}. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request, World world);
}
