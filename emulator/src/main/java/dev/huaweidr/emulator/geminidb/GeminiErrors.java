package dev.huaweidr.emulator.geminidb;

import dev.huaweidr.emulator.http.ApiError;

/** GeminiDB's refusals, with the codes agreed in the cloud contract. */
final class GeminiErrors {
    private GeminiErrors() {
    }

    static ApiError notFound(String instanceId) {
        return new ApiError(404, "DBS.200002", "The instance " + instanceId + " does not exist.");
    }

    static ApiError busy() {
        return new ApiError(403, "DBS.200019",
                "Another operation is being performed on the instance. Try again later.");
    }

    static ApiError notAllowed(String reason) {
        return new ApiError(403, "DBS.200011",
                "This operation is not allowed in the instance's current state: " + reason);
    }

    static ApiError parameter(String message) {
        return new ApiError(400, "DBS.200001", message);
    }

    static ApiError regionUnavailable(String region) {
        return new ApiError(400, "DBS.200024", "The region " + region + " is unavailable for this operation.");
    }

    static ApiError cidrRefused() {
        return new ApiError(400, "DBS.280462",
                "Disaster recovery cannot be set up for subnets whose CIDR starts with 192 or 172.");
    }

    static ApiError portRefused() {
        return new ApiError(400, "DBS.280463", "The port of a disaster recovery instance must be 8635.");
    }

    static ApiError standbyMismatch(String detail) {
        return new ApiError(400, "DBS.280464",
                "The standby's construction does not match the primary's disaster recovery relationship: " + detail);
    }

    static ApiError notClassic() {
        return new ApiError(400, "DBS.280465", "Active-active relationships are only supported by GeminiDB "
                + "Cassandra instances with classic storage.");
    }

    static ApiError pairNotNormal(String detail) {
        return new ApiError(400, "DBS.280466", "Data synchronization can only be paused or resumed for a normal "
                + "primary/standby disaster recovery pair: " + detail);
    }
}
