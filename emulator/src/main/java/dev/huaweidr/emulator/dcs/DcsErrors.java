package dev.huaweidr.emulator.dcs;

import dev.huaweidr.emulator.http.ApiError;

/**
 * DCS refusals. Each says whether its code is the cloud's (DCS's error-code appendix, an API page's example, or
 * Huawei's own Terraform provider) or this emulator's choice for a refusal whose real code no source names;
 * docs/cloud-contract.md lists them. The provider keys no behaviour on a chosen code.
 */
final class DcsErrors {
    private DcsErrors() {
    }

    /** Documented: 404 {@code 111404022} "This DCS instance does not exist." (error-code appendix). */
    static ApiError notFound() {
        return new ApiError(404, "111404022", "This DCS instance does not exist.");
    }

    /** Documented: 400 {@code 111400017}, a background task is running (error-code appendix). */
    static ApiError busy() {
        return new ApiError(400, "111400017", "A background task is running.");
    }

    /**
     * Chosen by this emulator: no source names the code for a switchover the instance's type does not have
     * (a swap of a Redis Cluster, a shard switchover of a master/standby instance).
     */
    static ApiError switchoverNotSupported(String which) {
        return new ApiError(400, "DCS.4973", "The instance type does not support " + which + ".");
    }

    /** The cloud's code for "instance status is not running" (Huawei's Terraform provider waits it out). */
    static ApiError notRunning() {
        return new ApiError(400, "DCS.4049", "The instance is not running.");
    }

    /** Documented: 400 {@code 111400063} "Invalid {0} parameter in the request." (the API pages' example). */
    static ApiError invalidParameter(String parameter) {
        return new ApiError(400, "111400063", "Invalid " + parameter + " parameter in the request.");
    }
}
