package dev.huaweidr.framework.codec;

/** Bounds that keep hostile input from exhausting the stack. */
final class Limits {
    /**
     * Deepest nesting of types and values accepted on decode. Real schemas nest well under 20 levels; the
     * bound is what keeps recursive decoding from overflowing the stack.
     */
    static final int MAX_DEPTH = 64;

    private Limits() {
    }
}
