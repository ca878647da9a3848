package dev.huaweidr.cloud;

/** What an error answer means for the caller; decided from a table (see {@code http.ErrorTable}). */
public enum ErrorClass {
    /** The resource is busy with another operation; the request was not applied, try again later. */
    RETRYABLE_BUSY,
    /** The thing does not exist. The only class that may remove a resource from the Terraform state. */
    NOT_FOUND,
    /** The API gateway throttled the call; it was not applied. */
    THROTTLED,
    /** Credentials were refused (bad signature, unknown AK, bad token, clock skew). */
    AUTH,
    /** Anything else: retrying will not help. */
    FATAL
}
