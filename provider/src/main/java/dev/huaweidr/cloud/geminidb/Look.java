package dev.huaweidr.cloud.geminidb;

import java.util.Objects;

/**
 * How current a read of GeminiDB instances must be: every such read names one, so that no read-back can be
 * answered from an earlier list by mistake.
 * <ul>
 * <li>{@link #first}: a command's first look at an instance (a refresh, a plan's checks, an import's check). It
 * may be answered from a list of the region's instances of that datastore type that this provider process read
 * for lookups arriving at the same time ({@link FirstLooks}). A provider process serves one command, so a later
 * command always reads the cloud again and sees any drift.</li>
 * <li>{@link #now}: the cloud as it is now, one call made for this read alone: a read-back after a change or a
 * lost answer, a poll while waiting for a job, the look right before a change that depends on it.</li>
 * </ul>
 */
public final class Look {
    private static final Look NOW = new Look(null);

    private final String datastoreType;

    private Look(String datastoreType) {
        this.datastoreType = datastoreType;
    }

    /** The cloud as it is now: a call of its own. */
    public static Look now() {
        return NOW;
    }

    /**
     * A first look at an instance expected to be of {@code datastoreType} ({@code cassandra}, {@code redis}): the
     * list it may come from holds that type only. An instance of another type, or missing from the list, is
     * read on its own, so the answer is the same as {@link #now}'s, only perhaps read a little earlier.
     */
    public static Look first(String datastoreType) {
        return new Look(Objects.requireNonNull(datastoreType, "datastoreType"));
    }

    boolean isFirst() {
        return datastoreType != null;
    }

    String datastoreType() {
        return datastoreType;
    }

    @Override
    public String toString() {
        return isFirst() ? "first look (" + datastoreType + ")" : "now";
    }
}
