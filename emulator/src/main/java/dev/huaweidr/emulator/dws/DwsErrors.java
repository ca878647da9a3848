package dev.huaweidr.emulator.dws;

import dev.huaweidr.emulator.http.ApiError;

/**
 * DWS refusals. DWS publishes no error table for its management API: {@code DWS.10101}, {@code DWS.0001} and
 * {@code DWS.0015} are codes Huawei's own Terraform provider handles; the others are this emulator's choice
 * (docs/cloud-contract.md), and the provider keys no behaviour on them.
 */
final class DwsErrors {
    private DwsErrors() {
    }

    /** The cloud's: 400 {@code DWS.10101}, which Huawei's provider reads as a task that is gone. */
    static ApiError taskNotFound(String id) {
        return new ApiError(400, "DWS.10101", "The disaster recovery task " + id + " does not exist.");
    }

    /**
     * Chosen by this emulator, status and code: no source says how DWS answers a task busy with another
     * operation. 409 Conflict is what the provider waits out as busy, whatever the code.
     */
    static ApiError busy() {
        return new ApiError(409, "DWS.10202", "Another operation is in progress for the task.");
    }

    /** Chosen by this emulator: no source names DWS's answer to an operation the task's status forbids. */
    static ApiError wrongStatus() {
        return new ApiError(400, "DWS.10204",
                "The current status of the disaster recovery task does not support this operation.");
    }

    /**
     * Chosen by this emulator, code and message: DWS documents that a task is made from clusters that are
     * Available or Unbalanced (spec §4.1), not how it refuses others. The provider checks the cluster's status.
     */
    static ApiError clusterNotReady(String id, String status) {
        return new ApiError(400, "DWS.10205", "The status of cluster " + id + " (" + status + ") does not allow "
                + "disaster recovery: it must be AVAILABLE or UNBALANCED.");
    }

    /** The cloud's generic parameter error (handled by Huawei's provider); its use here is the emulator's. */
    static ApiError parameter(String message) {
        return new ApiError(400, "DWS.0001", "Incorrect parameter: " + message);
    }

    /** The cloud's "resource not found or permission denied" (handled by Huawei's provider as not found). */
    static ApiError clusterNotFound(String id) {
        return new ApiError(403, "DWS.0015", "Resource not found or permission denied: cluster " + id + ".");
    }
}
