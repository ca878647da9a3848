package dev.huaweidr.cloud;

/**
 * Everything the cloud client raises. The message is written for the user (it becomes a Terraform
 * diagnostic) and never contains a secret. Only {@link #isNotFound()} may make a resource leave the state.
 */
public class CloudException extends RuntimeException {
    public CloudException(String message) {
        super(message);
    }

    public CloudException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True only when the cloud said the thing does not exist. */
    public boolean isNotFound() {
        return false;
    }
}
