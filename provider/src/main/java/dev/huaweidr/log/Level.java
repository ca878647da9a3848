package dev.huaweidr.log;

import java.util.Locale;

/** hclog's levels, in the spelling go-plugin recognises on our stderr. */
public enum Level {
    TRACE, DEBUG, INFO, WARN, ERROR, OFF;

    /** The word hclog expects in {@code @level}; go-plugin does not recognise "warning". */
    public String hclogName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a Terraform log-level setting. {@code JSON} means "everything, as JSON" to Terraform, so trace;
     * anything unrecognised counts as unset, as Terraform treats it.
     */
    static Level parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        String s = setting.trim().toUpperCase(Locale.ROOT);
        if (s.equals("JSON")) {
            return TRACE;
        }
        for (Level level : values()) {
            if (level.name().equals(s)) {
                return level;
            }
        }
        return null;
    }
}
