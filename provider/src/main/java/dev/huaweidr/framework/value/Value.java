package dev.huaweidr.framework.value;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * An immutable cty value: known (possibly null) or unknown, of a {@link Type}.
 *
 * <p>Values in a {@code dynamic} position carry their concrete type (a string in a dynamic attribute has
 * type {@link Type#STRING}); only null and unknown values may have type {@link Type#DYNAMIC}. Containers
 * keep the declared type, so an object type may mention {@code dynamic} while its attribute values do not.
 *
 * <p>Equality is cty's: numbers compare numerically (1.0 equals 1), sets ignore order, unknowns of the same
 * type are equal whatever their refinements, and the sensitive mark is ignored. {@link #toString()} never
 * shows a sensitive value, at any depth.
 */
public final class Value {
    /**
     * Numbers whose plain decimal text would need more digits are rejected (IllegalArgumentException), so that
     * "1e999999999" cannot turn into a gigabyte of zeros on the wire. cty itself keeps 512 bits of precision.
     */
    public static final int MAX_NUMBER_DIGITS = 1000;

    private final Type type;
    private final boolean known;
    /** String, BigDecimal, Boolean, List (list, set, tuple) or sorted Map (map, object); null if null or unknown. */
    private final Object payload;
    private final Refinements refinements;
    private final boolean sensitive;
    private final boolean whollyKnown;
    /** Cached hash code (0 until computed); values nest, and sets hash their elements on every comparison. */
    private int hash;

    private Value(Type type, boolean known, Object payload, Refinements refinements, boolean sensitive,
                  boolean whollyKnown) {
        this.type = type;
        this.known = known;
        this.payload = payload;
        this.refinements = refinements;
        this.sensitive = sensitive;
        this.whollyKnown = whollyKnown;
    }

    private static Value known(Type type, Object payload) {
        return new Value(type, true, payload, null, false, true);
    }

    private static Value container(Type type, Object payload, Collection<Value> children) {
        boolean whollyKnown = children.stream().allMatch(Value::isWhollyKnown);
        return new Value(type, true, payload, null, false, whollyKnown);
    }

    /**
     * A string, normalised to NFC as cty (and so Terraform) does. Unpaired surrogates, which UTF-8 cannot carry,
     * become U+FFFD as they would on their way through Terraform.
     */
    public static Value string(String s) {
        String wellFormed = replaceUnpairedSurrogates(Objects.requireNonNull(s, "string"));
        return known(Type.STRING, Normalizer.isNormalized(wellFormed, Normalizer.Form.NFC) ? wellFormed
                : Normalizer.normalize(wellFormed, Normalizer.Form.NFC));
    }

    private static String replaceUnpairedSurrogates(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** A number; IllegalArgumentException beyond {@link #MAX_NUMBER_DIGITS}. */
    public static Value number(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        long precision = stripped.precision();
        long scale = stripped.scale();
        long digits = scale <= 0 ? precision - scale : Math.max(precision, scale);
        if (digits > MAX_NUMBER_DIGITS) {
            throw new IllegalArgumentException("numbers with more than " + MAX_NUMBER_DIGITS
                    + " decimal digits are not supported");
        }
        return known(Type.NUMBER, stripped);
    }

    public static Value number(long n) {
        return number(BigDecimal.valueOf(n));
    }

    public static Value bool(boolean b) {
        return known(Type.BOOL, b);
    }

    public static Value nullOf(Type type) {
        return known(Objects.requireNonNull(type, "type"), null);
    }

    public static Value unknown(Type type) {
        return unknown(type, null);
    }

    /** An unknown with refinements (null or empty refinements mean none). */
    public static Value unknown(Type type, Refinements refinements) {
        Refinements kept = refinements == null || refinements.isEmpty() ? null : refinements;
        return new Value(Objects.requireNonNull(type, "type"), false, null, kept, false, false);
    }

    public static Value list(Type elementType, List<Value> elements) {
        List<Value> copy = List.copyOf(elements);
        copy.forEach(e -> requireConforms(e, elementType, "list element"));
        return container(Type.list(elementType), copy, copy);
    }

    /** A set; equal elements collapse into one, keeping the first one's position. */
    public static Value set(Type elementType, Collection<Value> elements) {
        List<Value> distinct = List.copyOf(new LinkedHashSet<>(elements));
        distinct.forEach(e -> requireConforms(e, elementType, "set element"));
        return container(Type.set(elementType), distinct, distinct);
    }

    public static Value map(Type elementType, Map<String, Value> entries) {
        Map<String, Value> copy = sortedCopy(entries);
        copy.forEach((key, e) -> requireConforms(e, elementType, "map element \"" + key + "\""));
        return container(Type.map(elementType), copy, copy.values());
    }

    /** An object; every attribute of the type must be given, and no other (IllegalArgumentException). */
    public static Value object(ObjectType type, Map<String, Value> attributes) {
        Map<String, Value> copy = sortedCopy(attributes);
        if (!copy.keySet().equals(type.attributes().keySet())) {
            List<String> missing = new ArrayList<>(type.attributes().keySet());
            missing.removeAll(copy.keySet());
            List<String> extra = new ArrayList<>(copy.keySet());
            extra.removeAll(type.attributes().keySet());
            throw new IllegalArgumentException("attributes do not match " + type + ": missing " + missing
                    + ", unsupported " + extra);
        }
        copy.forEach((name, v) -> requireConforms(v, type.attributeType(name), "attribute \"" + name + "\""));
        return container(type, copy, copy.values());
    }

    public static Value tuple(TupleType type, List<Value> elements) {
        List<Value> copy = List.copyOf(elements);
        if (copy.size() != type.elements().size()) {
            throw new IllegalArgumentException(type + " needs " + type.elements().size() + " elements, got "
                    + copy.size());
        }
        for (int i = 0; i < copy.size(); i++) {
            requireConforms(copy.get(i), type.elements().get(i), "tuple element " + i);
        }
        return container(type, copy, copy);
    }

    private static Map<String, Value> sortedCopy(Map<String, Value> entries) {
        Map<String, Value> copy = new TreeMap<>(entries);
        copy.values().forEach(v -> Objects.requireNonNull(v, "map or object element"));
        return Collections.unmodifiableMap(copy);
    }

    private static void requireConforms(Value v, Type expected, String what) {
        if (!expected.isDynamic() && !v.type.equals(expected)) {
            throw new IllegalArgumentException(what + ": a value of type " + v.type + " cannot be used as "
                    + expected);
        }
    }

    public Type type() {
        return type;
    }

    public boolean isNull() {
        return known && payload == null;
    }

    public boolean isKnown() {
        return known;
    }

    /** Known, and so is everything inside it, at any depth. Null counts as known. */
    public boolean isWhollyKnown() {
        return whollyKnown;
    }

    /** What Terraform said about this unknown value; empty for known values and unrefined unknowns. */
    public Optional<Refinements> refinements() {
        return Optional.ofNullable(refinements);
    }

    public boolean isSensitive() {
        return sensitive;
    }

    /** A copy marked sensitive. The mark is not part of equality and never goes on the wire. */
    public Value sensitive() {
        return sensitive ? this : new Value(type, known, payload, refinements, true, whollyKnown);
    }

    public String asString() {
        return (String) payload(Type.STRING);
    }

    public BigDecimal asNumber() {
        return (BigDecimal) payload(Type.NUMBER);
    }

    public boolean asBool() {
        return (Boolean) payload(Type.BOOL);
    }

    /** Elements of a known, non-null list, set or tuple (a sensitive container yields sensitive elements). */
    @SuppressWarnings("unchecked")
    public List<Value> elements() {
        if (!(type.isList() || type.isSet() || type.isTuple())) {
            throw new IllegalStateException(type + " has no elements");
        }
        List<Value> elements = (List<Value>) payload(type);
        if (!sensitive) {
            return elements;
        }
        List<Value> marked = new ArrayList<>(elements.size());
        elements.forEach(e -> marked.add(e.sensitive()));
        return Collections.unmodifiableList(marked);
    }

    /** Entries of a known, non-null map or object, sorted by key (sensitive containers yield sensitive entries). */
    @SuppressWarnings("unchecked")
    public Map<String, Value> entries() {
        if (!(type.isMap() || type.isObject())) {
            throw new IllegalStateException(type + " has no entries");
        }
        Map<String, Value> entries = (Map<String, Value>) payload(type);
        if (!sensitive) {
            return entries;
        }
        Map<String, Value> marked = new TreeMap<>();
        entries.forEach((k, v) -> marked.put(k, v.sensitive()));
        return Collections.unmodifiableMap(marked);
    }

    /**
     * An attribute of an object value. A null object yields a null attribute and an unknown object an unknown
     * one; IllegalArgumentException if the type has no such attribute.
     */
    public Value attr(String name) {
        return ValuePaths.step(this, new PathStep.AttributeName(name));
    }

    /** A copy of this known, non-null object with one attribute replaced. */
    public Value withAttr(String name, Value v) {
        if (!type.isObject()) {
            throw new IllegalStateException(type + " has no attributes");
        }
        Map<String, Value> copy = new TreeMap<>(entries());
        if (!copy.containsKey(name)) {
            throw new IllegalArgumentException("no attribute \"" + name + "\" in " + type);
        }
        copy.put(name, v);
        Value result = object((ObjectType) type, copy);
        return sensitive ? result.sensitive() : result;
    }

    /**
     * The value at a path. A step the type cannot take (missing attribute, key into a list, index into a map or
     * set, tuple index out of range, any step into a primitive) throws IllegalArgumentException. A step the type
     * allows but the value lacks (list index past the end, absent map key, value not in the set) yields a null
     * of the element type; stepping into a null yields a null, into an unknown an unknown, of the step's type.
     */
    public Value at(AttributePath path) {
        Value current = this;
        for (PathStep step : path.steps()) {
            current = ValuePaths.step(current, step);
        }
        return current;
    }

    /**
     * Rebuilds this value bottom-up: {@code fn} sees every value (children before their parent, the root last)
     * with its path and returns its replacement, which must fit the position's type.
     */
    public Value transform(BiFunction<AttributePath, Value, Value> fn) {
        return ValuePaths.transform(this, AttributePath.root(), fn);
    }

    /** Visits every value top-down (parents before children), starting with this one at the root path. */
    public void walk(BiConsumer<AttributePath, Value> visitor) {
        ValuePaths.walk(this, AttributePath.root(), visitor);
    }

    private Object payload(Type expected) {
        if (!type.equals(expected)) {
            throw new IllegalStateException("a " + type + " value is not a " + expected);
        }
        if (!known) {
            throw new IllegalStateException("the " + type + " value is unknown");
        }
        if (payload == null) {
            throw new IllegalStateException("the " + type + " value is null");
        }
        return payload;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Value)) {
            return false;
        }
        Value other = (Value) o;
        if (!type.equals(other.type) || known != other.known) {
            return false;
        }
        if (type.isSet() && payload != null && other.payload != null) {
            List<?> mine = (List<?>) payload;
            List<?> theirs = (List<?>) other.payload;
            return mine.size() == theirs.size() && new HashSet<>(mine).containsAll(theirs);
        }
        return Objects.equals(payload, other.payload);
    }

    @Override
    public int hashCode() {
        if (hash == 0) {
            int h = type.hashCode() * 31 + (known ? 1 : 0);
            if (type.isSet() && payload != null) {
                // Order-independent, like set equality.
                h = h * 31 + ((List<?>) payload).stream().mapToInt(Object::hashCode).sum();
            } else {
                h = h * 31 + Objects.hashCode(payload);
            }
            hash = h;
        }
        return hash;
    }

    /** Terraform-like text: {@code {name = "x", tags = tomap({"a" = "b"})}}; sensitive parts print as {@code (sensitive)}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        ValueText.render(this, out);
        return out.toString();
    }

    /** The raw payload for the package's renderer and navigator; marks are handled by the caller. */
    Object rawPayload() {
        return payload;
    }
}
