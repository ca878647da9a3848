package dev.huaweidr.emulator.admin;

import dev.huaweidr.emulator.http.ApiError;
import dev.huaweidr.emulator.http.Service;
import dev.huaweidr.emulator.jobs.JobFault;

/** What the faults decided for one request. */
public record FaultDecision(long latencyMs, boolean resetConnection, boolean dropResponse, Integer status,
                            String errorCode, String errorMsg, Integer retryAfterSeconds, JobFault jobFault) {
    public static final FaultDecision NONE = new FaultDecision(0, false, false, null, null, null, null,
            JobFault.NONE);

    static FaultDecision of(Fault fault) {
        return new FaultDecision(fault.latencyMs(), fault.resetConnection(), fault.dropResponse(), fault.status(),
                fault.errorCode(), fault.errorMsg(), fault.retryAfterSeconds(), fault.jobFault());
    }

    /** The error to answer with, in the called service's words, or null when the request goes through. */
    public ApiError error(Service service) {
        if (status == null) {
            return null;
        }
        String code = errorCode != null ? errorCode : service.defaultCode(status);
        String message = errorMsg != null ? errorMsg : status == 429
                ? "The throttling threshold has been reached: policy user over ratelimit,limit:60,time:1 minute"
                : "Injected fault.";
        return new ApiError(status, code, message, retryAfterSeconds);
    }
}
