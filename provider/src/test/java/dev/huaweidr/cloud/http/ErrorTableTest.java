package dev.huaweidr.cloud.http;

import static dev.huaweidr.cloud.ErrorClass.AUTH;
import static dev.huaweidr.cloud.ErrorClass.FATAL;
import static dev.huaweidr.cloud.ErrorClass.NOT_FOUND;
import static dev.huaweidr.cloud.ErrorClass.RETRYABLE_BUSY;
import static dev.huaweidr.cloud.ErrorClass.THROTTLED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.Service;
import org.junit.jupiter.api.Test;

/** Error classes: by the codes the cloud is known to answer, else by the HTTP status. */
class ErrorTableTest {
    @Test
    void geminiDbBusyCodesUnderTheirStatuses() {
        for (int status : new int[] {400, 403, 409, 500}) {
            assertEquals(RETRYABLE_BUSY, classify(Service.GEMINIDB, status, "DBS.200019"));
            assertEquals(RETRYABLE_BUSY, classify(Service.GEMINIDB, status, "DBS.201015"));
            assertEquals(RETRYABLE_BUSY, classify(Service.GEMINIDB, status, "DBS.280005"));
        }
        assertEquals(FATAL, classify(Service.GEMINIDB, 502, "DBS.200019"));
    }

    @Test
    void busyCodesBelongToTheirService() {
        assertEquals(RETRYABLE_BUSY, classify(Service.DCS, 400, "111400017"));
        assertEquals(RETRYABLE_BUSY, classify(Service.DCS, 400, "DCS.4049"));
        assertEquals(RETRYABLE_BUSY, classify(Service.DCS, 400, "CBC.99003651"));
        assertEquals(FATAL, classify(Service.DWS, 400, "111400017"));
    }

    /** 409 Conflict was not applied: busy for every service, with the emulator's code, none or any other. */
    @Test
    void aConflictIsBusyWhateverItsCode() {
        for (Service service : Service.values()) {
            for (String code : new String[] {"DWS.10202", "DCS.4973", "DBS.280466", "", "X.1"}) {
                assertEquals(RETRYABLE_BUSY, classify(service, 409, code), service + " 409 " + code);
            }
        }
    }

    /**
     * Codes only the emulator answers (docs/cloud-contract.md) are no key: under 400 they are refusals like
     * any code the table does not know.
     */
    @Test
    void theEmulatorsChosenCodesAreLikeAnyUnknownCode() {
        assertEquals(FATAL, classify(Service.DWS, 400, "DWS.10202"));
        assertEquals(FATAL, classify(Service.DWS, 400, "DWS.10204"));
        assertEquals(FATAL, classify(Service.DCS, 400, "DCS.4973"));
        for (String code : new String[] {"DBS.280462", "DBS.280463", "DBS.280464", "DBS.280465", "DBS.280466"}) {
            assertEquals(FATAL, classify(Service.GEMINIDB, 400, code), code);
        }
        assertEquals(FATAL, classify(Service.DWS, 400, "DWS.99999"));
    }

    @Test
    void notFoundCodes() {
        assertEquals(NOT_FOUND, classify(Service.GEMINIDB, 404, "DBS.200002"));
        assertEquals(NOT_FOUND, classify(Service.DWS, 400, "DWS.10101"));
        assertEquals(NOT_FOUND, classify(Service.DCS, 404, "111404022"));
        assertEquals(NOT_FOUND, classify(Service.VPC, 404, "VPC.0202"));
    }

    @Test
    void notFoundNeedsAnErrorBody() {
        assertEquals(NOT_FOUND, classify(Service.GEMINIDB, 404, "DBS.200013"));
        assertEquals(FATAL, classify(Service.GEMINIDB, 404, ""));
        assertEquals(FATAL, classify(Service.DCS, 404, "APIGW.0101"));
    }

    @Test
    void gatewayCodesAndStatuses() {
        assertEquals(AUTH, classify(Service.DCS, 401, "APIGW.0301"));
        assertEquals(AUTH, classify(Service.DWS, 401, "APIGW.0303"));
        assertEquals(AUTH, classify(Service.IAM, 401, ""));
        assertEquals(THROTTLED, classify(Service.GEMINIDB, 429, "APIG.0308"));
        assertEquals(THROTTLED, classify(Service.GEMINIDB, 400, "APIG.0308"));
        assertEquals(THROTTLED, classify(Service.VPC, 429, ""));
        assertEquals(FATAL, classify(Service.GEMINIDB, 500, "DBS.111205"));
    }

    private static ErrorClass classify(Service service, int status, String code) {
        return ErrorTable.classify(service, status, new ErrorBody(code, "m", ""));
    }
}
