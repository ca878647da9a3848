package dev.huaweidr.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.model.Json;

/**
 * The cloud services the emulator answers for, with their error shapes and generic error codes (parameter
 * error, invalid project, internal error). Gateway errors (codes starting with {@code APIG}) look the same for
 * every service. Documented: {@code DBS.200001}, {@code DBS.280005} (the DBS error table), {@code 111400063},
 * {@code 111400002} (DCS); handled by Huawei's Terraform provider: {@code DWS.0001}. This emulator's choice,
 * for want of a source: {@code DWS.0005}, {@code 111500001}, {@code IAM.0001}, {@code IAM.0002},
 * {@code VPC.0001}, {@code VPC.0002} (which VPC's own table uses for another error).
 */
public enum Service {
    GEMINIDB("DBS.200001", "DBS.200001", "DBS.280005"),
    DWS("DWS.0001", "DWS.0001", "DWS.0005"),
    /** DCS v2 bodies carry {@code error_ext_msg}; 111400002 is DCS's documented "invalid project ID". */
    DCS("111400063", "111400002", "111500001"),
    IAM("IAM.0001", "IAM.0001", "IAM.0002"),
    VPC("VPC.0001", "VPC.0001", "VPC.0002"),
    /** The emulator's admin API (and requests that match no route at all). */
    ADMIN("EMULATOR.BAD_REQUEST", "EMULATOR.BAD_REQUEST", "EMULATOR.INTERNAL");

    private final String parameterErrorCode;
    private final String invalidProjectCode;
    private final String internalErrorCode;

    Service(String parameterErrorCode, String invalidProjectCode, String internalErrorCode) {
        this.parameterErrorCode = parameterErrorCode;
        this.invalidProjectCode = invalidProjectCode;
        this.internalErrorCode = internalErrorCode;
    }

    public ApiError parameterError(String message) {
        return new ApiError(400, parameterErrorCode, message);
    }

    public ApiError invalidProject(String projectId) {
        return new ApiError(400, invalidProjectCode, "Invalid project ID: " + projectId + ".");
    }

    public ApiError internalError() {
        return new ApiError(500, internalErrorCode, "Internal server error. Try again later.");
    }

    /** The default error code for an injected fault with this status. */
    public String defaultCode(int status) {
        if (status == 429) {
            return "APIG.0308";
        }
        return status >= 500 ? internalErrorCode : parameterErrorCode;
    }

    public ObjectNode errorBody(ApiError error, String requestId) {
        ObjectNode body = Json.object().put("error_code", error.code()).put("error_msg", error.getMessage());
        if (error.code().startsWith("APIG")) {
            body.put("request_id", requestId);
        } else if (this == DCS) {
            body.putNull("error_ext_msg");
        }
        return body;
    }
}
