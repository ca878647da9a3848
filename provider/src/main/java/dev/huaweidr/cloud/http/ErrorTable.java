package dev.huaweidr.cloud.http;

import static dev.huaweidr.cloud.ErrorClass.AUTH;
import static dev.huaweidr.cloud.ErrorClass.FATAL;
import static dev.huaweidr.cloud.ErrorClass.NOT_FOUND;
import static dev.huaweidr.cloud.ErrorClass.RETRYABLE_BUSY;
import static dev.huaweidr.cloud.ErrorClass.THROTTLED;

import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.Service;
import java.util.List;
import java.util.Set;

/**
 * Error code to {@link ErrorClass}, per service: data, read top to bottom, first match wins. Codes not listed
 * fall back on the HTTP status (see {@link #classify}). Only codes the cloud is known to answer are listed:
 * documented in an API reference, or handled the same way by Huawei's own Terraform provider (each group says
 * which). A code that only this project's emulator answers (docs/cloud-contract.md names them) is never a key
 * here, so what the provider does never depends on it. docs/cloud-client.md explains each row.
 */
final class ErrorTable {
    /** A row: {@code service} null = every service (gateway codes); empty {@code statuses} = any status. */
    private record Row(Service service, String code, Set<Integer> statuses, ErrorClass errorClass) {
        boolean matches(Service s, String c, int status) {
            return (service == null || service == s) && code.equals(c)
                    && (statuses.isEmpty() || statuses.contains(status));
        }
    }

    private static final Set<Integer> ANY = Set.of();
    /** 409 Conflict: the request conflicts with the resource's current state, so it was not applied. */
    private static final int CONFLICT = 409;

    private static final List<Row> ROWS = List.of(
            // API gateway, every service: the signing guide (0301, 0303), the throttling message (0308).
            new Row(null, "APIGW.0301", ANY, AUTH),
            new Row(null, "APIG.0301", ANY, AUTH),
            new Row(null, "APIGW.0303", ANY, AUTH),
            new Row(null, "APIG.0303", ANY, AUTH),
            new Row(null, "APIGW.0308", ANY, THROTTLED),
            new Row(null, "APIG.0308", ANY, THROTTLED),
            // "The API does not exist or has not been published": a wrong endpoint, never a missing resource.
            new Row(null, "APIGW.0101", ANY, FATAL),
            new Row(null, "APIG.0101", ANY, FATAL),

            // GeminiDB: one operation at a time per instance. DBS.200019 and DBS.280005 are in the DBS error
            // table (documented for DDS, the same code space); all three, under 400/403/409/500, are what
            // Huawei's provider waits out for GeminiDB.
            new Row(Service.GEMINIDB, "DBS.200019", Set.of(400, 403, 409, 500), RETRYABLE_BUSY),
            new Row(Service.GEMINIDB, "DBS.201015", Set.of(400, 403, 409, 500), RETRYABLE_BUSY),
            new Row(Service.GEMINIDB, "DBS.280005", Set.of(400, 403, 409, 500), RETRYABLE_BUSY),
            new Row(Service.GEMINIDB, "DBS.200002", Set.of(404), NOT_FOUND),

            // DWS: a DR task that is not there answers 400 DWS.10101, which Huawei's provider reads as gone.
            // DWS documents no busy code: a busy task is known by 409 alone (see classify).
            new Row(Service.DWS, "DWS.10101", Set.of(400, 404), NOT_FOUND),

            // DCS: "a background task is running" (111400017, the error-code appendix); the busy states and
            // the billing answer Huawei's provider waits out (DCS.4xxx, CBC.99003651).
            new Row(Service.DCS, "111400017", ANY, RETRYABLE_BUSY),
            new Row(Service.DCS, "CBC.99003651", ANY, RETRYABLE_BUSY),
            dcsBusy("DCS.4026"), dcsBusy("DCS.4049"), dcsBusy("DCS.4096"), dcsBusy("DCS.4097"),
            dcsBusy("DCS.4111"), dcsBusy("DCS.4113"), dcsBusy("DCS.4114"), dcsBusy("DCS.4115"),
            dcsBusy("DCS.4116"), dcsBusy("DCS.4117"), dcsBusy("DCS.4118"), dcsBusy("DCS.4120"),
            dcsBusy("DCS.4121"), dcsBusy("DCS.4231"), dcsBusy("DCS.4975"),
            new Row(Service.DCS, "111404022", Set.of(404), NOT_FOUND),

            // VPC: the subnet query's "could not be found" (the VPC error-code table).
            new Row(Service.VPC, "VPC.0202", Set.of(404), NOT_FOUND));

    private ErrorTable() {
    }

    private static Row dcsBusy(String code) {
        return new Row(Service.DCS, code, ANY, RETRYABLE_BUSY);
    }

    /**
     * The class of an error answer: the table, else by the HTTP status alone, whatever the code: 429
     * throttled, 409 busy, 401 auth, 404 not found (only when the body is a Huawei Cloud error body: a bare
     * 404 means the URL reached something that is not the API, and dropping resources from the state on that
     * would be destructive), else fatal.
     */
    static ErrorClass classify(Service service, int status, ErrorBody body) {
        for (Row row : ROWS) {
            if (row.matches(service, body.code(), status)) {
                return row.errorClass();
            }
        }
        if (status == 429) {
            return THROTTLED;
        }
        if (status == CONFLICT) {
            return RETRYABLE_BUSY;
        }
        if (status == 401) {
            return AUTH;
        }
        if (status == 404 && body.hasCode()) {
            return NOT_FOUND;
        }
        return FATAL;
    }
}
