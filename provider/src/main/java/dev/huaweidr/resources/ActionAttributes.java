package dev.huaweidr.resources;

import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.time.GoDuration;
import dev.huaweidr.framework.schema.Validators;
import java.time.Duration;

/** The attributes every huaweidr action shares: the region it acts in and how long it may wait. */
public final class ActionAttributes {
    private ActionAttributes() {
    }

    /** {@code region}: where {@code what} lives; the provider's region when not set. */
    public static Attribute region(String what) {
        return Regions.attribute("Region of " + what + "; the provider's region when not set.");
    }

    /** {@code timeout}: how long the action may wait for the cloud, {@code fallback} when not set. */
    public static Attribute timeout(Duration fallback) {
        return Attribute.string("timeout").optional()
                .validators(Validators.duration(), Validators.longerThanZero())
                .description("How long the action may wait for the cloud, e.g. `30m` (default `"
                        + GoDuration.format(fallback) + "`). When it runs out, the action fails and says how far "
                        + "it got; what it started in the cloud may still finish.");
    }

    /** The configured {@code timeout} (validated by the schema), or {@code fallback}. */
    public static Duration timeout(String configured, Duration fallback) {
        return configured == null ? fallback : GoDuration.parse(configured);
    }
}
