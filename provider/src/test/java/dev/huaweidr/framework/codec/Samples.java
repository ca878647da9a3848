package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.TupleType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Values of every type and nesting the codecs must carry, for round trips and as seeds for mutation. */
final class Samples {
    record Sample(String name, Type type, Value value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final ObjectType RULE = Type.object(Map.of("port", Type.NUMBER, "cidrs", Type.set(Type.STRING),
            "meta", Type.map(Type.list(Type.BOOL))));
    static final TupleType TRIPLE = Type.tuple(List.of(Type.STRING, Type.NUMBER, Type.list(Type.BOOL)));
    static final ObjectType HOLDER = Type.object(Map.of("any", Type.DYNAMIC, "name", Type.STRING));

    private Samples() {
    }

    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        List<Value> strings = List.of(Value.string("hello"), Value.string(""), Value.string("日本語 ✓ \uD83D\uDE00"));
        List<Value> numbers = List.of(Value.number(0), Value.number(-1), Value.number(new BigDecimal("0.5")),
                Value.number(new BigDecimal("0.1")), Value.number(new BigDecimal("18446744073709551617")),
                Value.number(new BigDecimal("1e-30")), Value.number(new BigDecimal("-123456789.123456789")));
        List<Value> bools = List.of(Value.bool(true), Value.bool(false));
        for (Value v : strings) {
            samples.add(new Sample("string " + v, Type.STRING, v));
        }
        for (Value v : numbers) {
            samples.add(new Sample("number " + v, Type.NUMBER, v));
        }
        for (Value v : bools) {
            samples.add(new Sample("bool " + v, Type.BOOL, v));
        }
        addCollections(samples, Type.STRING, strings);
        addCollections(samples, Type.NUMBER, numbers);
        addCollections(samples, Type.BOOL, bools);
        samples.add(new Sample("object", RULE, rule(22)));
        samples.add(new Sample("list of objects", Type.list(RULE), Value.list(RULE, List.of(rule(1), rule(2)))));
        samples.add(new Sample("set of objects", Type.set(RULE), Value.set(RULE, List.of(rule(1), rule(2)))));
        samples.add(new Sample("map of objects", Type.map(RULE), Value.map(RULE, Map.of("a", rule(1)))));
        samples.add(new Sample("tuple", TRIPLE, triple()));
        samples.add(new Sample("empty object", Type.object(Map.of()), Value.object(Type.object(Map.of()), Map.of())));
        for (Sample held : heldInDynamic()) {
            samples.add(new Sample("dynamic holding " + held.name(), Type.DYNAMIC, held.value()));
            samples.add(new Sample("object with dynamic holding " + held.name(), HOLDER,
                    Value.object(HOLDER, Map.of("any", held.value(), "name", Value.string("n")))));
        }
        return samples;
    }

    private static List<Sample> heldInDynamic() {
        return List.of(
                new Sample("string", Type.STRING, Value.string("hello")),
                new Sample("number", Type.NUMBER, Value.number(new BigDecimal("0.1"))),
                new Sample("bool", Type.BOOL, Value.bool(true)),
                new Sample("typed null", Type.STRING, Value.nullOf(Type.STRING)),
                new Sample("list", Type.list(Type.STRING), Value.list(Type.STRING, List.of(Value.string("a")))),
                new Sample("object", RULE, rule(5)),
                new Sample("tuple", TRIPLE, triple()),
                new Sample("list of dynamic", Type.list(Type.DYNAMIC), Value.list(Type.DYNAMIC,
                        List.of(Value.number(1), Value.string("two"), Value.nullOf(Type.DYNAMIC)))));
    }

    private static void addCollections(List<Sample> samples, Type element, List<Value> values) {
        samples.add(new Sample("list(" + element + ")", Type.list(element), Value.list(element, values)));
        samples.add(new Sample("set(" + element + ")", Type.set(element), Value.set(element, values)));
        Map<String, Value> entries = new java.util.TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            entries.put("k" + i, values.get(i));
        }
        samples.add(new Sample("map(" + element + ")", Type.map(element), Value.map(element, entries)));
        samples.add(new Sample("empty list(" + element + ")", Type.list(element), Value.list(element, List.of())));
        samples.add(new Sample("empty set(" + element + ")", Type.set(element), Value.set(element, List.of())));
        samples.add(new Sample("empty map(" + element + ")", Type.map(element), Value.map(element, Map.of())));
    }

    static Value rule(long port) {
        return Value.object(RULE, Map.of(
                "port", Value.number(port),
                "cidrs", Value.set(Type.STRING, List.of(Value.string("10.0.0.0/8"), Value.string("::/0"))),
                "meta", Value.map(Type.list(Type.BOOL), Map.of("x", Value.list(Type.BOOL, List.of(Value.bool(true)))))));
    }

    static Value triple() {
        return Value.tuple(TRIPLE, List.of(Value.string("s"), Value.number(3),
                Value.list(Type.BOOL, List.of(Value.bool(false)))));
    }

    /**
     * Every sample with one position (the root, an attribute, an element, at any depth) replaced by
     * {@code replacement} applied to the value found there.
     */
    static List<Sample> withEachPositionReplaced(String what, Function<Value, Value> replacement) {
        List<Sample> variants = new ArrayList<>();
        for (Sample sample : all()) {
            List<AttributePath> paths = new ArrayList<>();
            sample.value().walk((path, v) -> paths.add(path));
            for (AttributePath target : paths) {
                Value variant = sample.value().transform((path, v) -> path.equals(target) ? replacement.apply(v) : v);
                variants.add(new Sample(sample.name() + " with " + what + " at [" + target + "]", sample.type(),
                        variant));
            }
        }
        return variants;
    }
}
