package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;

/**
 * Bytes that do not decode against the expected type. The message names the place and the problem
 * ("at primary.instance_id: a string is required, got an integer"). It may name attributes and map keys
 * but never quotes a value from the input, which may be a secret.
 */
public final class CodecException extends Exception {
    private final AttributePath path;
    private final String detail;

    public CodecException(AttributePath path, String detail) {
        super(path.isRoot() ? detail : "at " + path + ": " + detail);
        this.path = path;
        this.detail = detail;
    }

    /** A "{@code <type>} is required, got {@code <what>}" error. */
    static CodecException mismatch(AttributePath path, Type required, String got) {
        return new CodecException(path, describe(required) + " is required, got " + got);
    }

    /** A name from the input, quoted for a message: control characters escaped, long names cut short. */
    static String quote(String name) {
        String cut = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        StringBuilder out = new StringBuilder("\"");
        cut.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String describe(Type type) {
        if (type.isPrimitive()) {
            return "a " + type;
        }
        return (type.isObject() ? "an " : "a ") + type + " value";
    }

    /** Where decoding failed (the root for problems with the input as a whole). */
    public AttributePath path() {
        return path;
    }

    /** The problem, without the path. */
    public String detail() {
        return detail;
    }
}
