package dev.huaweidr.plugin;

/** A reason the plugin cannot start, worded for the person who reads stderr. */
final class PluginStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PluginStartException(String message) {
        super(message);
    }

    PluginStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
