package dev.huaweidr.emulator.seed;

/** A seed or state file that cannot be used; the message says which file, where and why. */
public final class SeedException extends RuntimeException {
    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
