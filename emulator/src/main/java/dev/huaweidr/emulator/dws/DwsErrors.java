package dev.huaweidr.emulator.dws;

import dev.huaweidr.emulator.http.ApiError;

/** DWS refusals: the contract's codes plus DWS's documented generic ones (DWS.0001, DWS.0015). */
final class DwsErrors {
    private DwsErrors() {
    }

    static ApiError taskNotFound(String id) {
        return new ApiError(400, "DWS.10101", "The disaster recovery task " + id + " does not exist.");
    }

    static ApiError busy() {
        return new ApiError(400, "DWS.10202", "Another operation is in progress for the task.");
    }

    static ApiError wrongStatus() {
        return new ApiError(400, "DWS.10204",
                "The current status of the disaster recovery task does not support this operation.");
    }

    static ApiError parameter(String message) {
        return new ApiError(400, "DWS.0001", "Incorrect parameter: " + message);
    }

    static ApiError clusterNotFound(String id) {
        return new ApiError(403, "DWS.0015", "Resource not found or permission denied: cluster " + id + ".");
    }
}
