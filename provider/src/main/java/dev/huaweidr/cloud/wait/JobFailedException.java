package dev.huaweidr.cloud.wait;

import dev.huaweidr.cloud.CloudException;

/** What was awaited reached a failure state (GeminiDB {@code Failed}, DCS {@code FAIL}, DWS {@code *_failed}...). */
public final class JobFailedException extends CloudException {
    private final String status;
    private final String failReason;

    JobFailedException(String subject, Observation<?> last) {
        super(Waiter.describe(subject, last) + " failed with status " + last.status() + ": "
                + (last.failReason().isEmpty() ? "no reason given" : last.failReason()));
        this.status = last.status();
        this.failReason = last.failReason();
    }

    public String status() {
        return status;
    }

    public String failReason() {
        return failReason;
    }
}
