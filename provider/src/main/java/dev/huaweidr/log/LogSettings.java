package dev.huaweidr.log;

import java.util.Map;

/**
 * Which lines are worth writing. Terraform filters provider lines by {@code TF_LOG_PROVIDER}, else
 * {@code TF_LOG}; we read the same variables (and our own {@code TF_LOG_PROVIDER_HUAWEIDR}, by SDK
 * convention) so lines Terraform would drop are never formatted. Without any setting Terraform shows nothing
 * of ours, so only warnings and errors are written.
 */
final class LogSettings {
    private LogSettings() {
    }

    static Level threshold(Map<String, String> env) {
        for (String name : new String[] {"TF_LOG_PROVIDER_HUAWEIDR", "TF_LOG_PROVIDER", "TF_LOG"}) {
            Level level = Level.parse(env.get(name));
            if (level != null) {
                return level;
            }
        }
        return Level.WARN;
    }
}
