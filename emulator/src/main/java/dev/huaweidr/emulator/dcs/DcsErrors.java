package dev.huaweidr.emulator.dcs;

import dev.huaweidr.emulator.http.ApiError;

/** DCS refusals with the codes agreed in the cloud contract. */
final class DcsErrors {
    private DcsErrors() {
    }

    static ApiError notFound() {
        return new ApiError(404, "111404022", "This DCS instance does not exist.");
    }

    static ApiError busy() {
        return new ApiError(400, "111400017", "A background task is running.");
    }

    static ApiError notMasterStandby() {
        return new ApiError(400, "DCS.4973", "The instance type does not support master/standby switchover.");
    }

    static ApiError notRunning() {
        return new ApiError(400, "DCS.4049", "The instance is not running.");
    }

    static ApiError unknownJob() {
        return new ApiError(400, "111400063", "Invalid job_id parameter in the request.");
    }
}
