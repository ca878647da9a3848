package dev.huaweidr.emulator.admin;

import dev.huaweidr.emulator.http.ApiError;
import dev.huaweidr.emulator.http.Service;

/** Errors of the admin API; not cloud errors, so they carry the emulator's own codes. */
final class AdminErrors {
    private AdminErrors() {
    }

    static ApiError badRequest(String message) {
        return Service.ADMIN.parameterError(message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "EMULATOR.NOT_FOUND", message);
    }

    static ApiError conflict(String message) {
        return new ApiError(409, "EMULATOR.CONFLICT", message);
    }
}
