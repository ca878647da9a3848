package dev.huaweidr.emulator.geminidb;

import dev.huaweidr.emulator.http.ApiError;

/**
 * GeminiDB's refusals. The {@code DBS.2000xx} codes are the cloud's, from the DBS error table (documented for
 * DDS, the same code space; GeminiDB publishes no table of its own). The {@code DBS.28046x} codes are this
 * emulator's choice for rules the API pages state without naming a code (docs/cloud-contract.md); the provider
 * keys no behaviour on them.
 */
final class GeminiErrors {
    private GeminiErrors() {
    }

    /** Documented: 404 {@code DBS.200002}, the instance does not exist. */
    static ApiError notFound(String instanceId) {
        return new ApiError(404, "DBS.200002", "The instance " + instanceId + " does not exist.");
    }

    /** Documented: 403 {@code DBS.200019}, another operation is running. */
    static ApiError busy() {
        return new ApiError(403, "DBS.200019",
                "Another operation is being performed on the instance. Try again later.");
    }

    /** Documented: 403 {@code DBS.200011}, not allowed in the instance's current state. */
    static ApiError notAllowed(String reason) {
        return new ApiError(403, "DBS.200011",
                "This operation is not allowed in the instance's current state: " + reason);
    }

    /** Documented: 400 {@code DBS.200001}, parameter error. */
    static ApiError parameter(String message) {
        return new ApiError(400, "DBS.200001", message);
    }

    /** Documented: 400 {@code DBS.200024}, region unavailable. */
    static ApiError regionUnavailable(String region) {
        return new ApiError(400, "DBS.200024", "The region " + region + " is unavailable for this operation.");
    }

    /** Chosen by this emulator: the rule is documented (no DR for 192.x/172.x subnets), its code is not. */
    static ApiError cidrRefused() {
        return new ApiError(400, "DBS.280462",
                "Disaster recovery cannot be set up for subnets whose CIDR starts with 192 or 172.");
    }

    /** Chosen by this emulator: the rule is documented (port 8635), its code is not. */
    static ApiError portRefused() {
        return new ApiError(400, "DBS.280463", "The port of a disaster recovery instance must be 8635.");
    }

    /** Chosen by this emulator: the standby's construction must match the primary's. */
    static ApiError standbyMismatch(String detail) {
        return new ApiError(400, "DBS.280464",
                "The standby's construction does not match the primary's disaster recovery relationship: " + detail);
    }

    /** Chosen by this emulator: the rule is documented (classic storage only), its code is not. */
    static ApiError notClassic() {
        return new ApiError(400, "DBS.280465", "Active-active relationships are only supported by GeminiDB "
                + "Cassandra instances with classic storage.");
    }

    /** Chosen by this emulator: pause and resume need a normal pair. */
    static ApiError pairNotNormal(String detail) {
        return new ApiError(400, "DBS.280466", "Data synchronization can only be paused or resumed for a normal "
                + "primary/standby disaster recovery pair: " + detail);
    }
}
