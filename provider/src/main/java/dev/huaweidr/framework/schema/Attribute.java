package dev.huaweidr.framework.schema;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One attribute of a schema, built fluently: {@code Attribute.string("alias").required().description("...")}.
 * Every call returns a changed copy; an attribute never changes once it has been handed out.
 */
public final class Attribute {
    private final String name;
    private final Type type;
    private final NestedAttributes nested;
    private boolean required;
    private boolean optional;
    private boolean computed;
    private boolean sensitive;
    private boolean writeOnly;
    private String writeOnlyAlternative;
    private String description = "";
    private String deprecationMessage;
    private Value defaultValue;
    private List<PlanModifier> planModifiers = List.of();
    private List<Validator> validators = List.of();

    private Attribute(String name, Type type, NestedAttributes nested) {
        this.name = name;
        this.type = type;
        this.nested = nested;
    }

    public static Attribute of(String name, Type type) {
        return new Attribute(name, type, null);
    }

    public static Attribute string(String name) {
        return of(name, Type.STRING);
    }

    public static Attribute number(String name) {
        return of(name, Type.NUMBER);
    }

    public static Attribute bool(String name) {
        return of(name, Type.BOOL);
    }

    public static Attribute dynamic(String name) {
        return of(name, Type.DYNAMIC);
    }

    public static Attribute nested(String name, NestingMode nesting, Attribute... attributes) {
        return new Attribute(name, null, new NestedAttributes(nesting, List.of(attributes)));
    }

    public static Attribute single(String name, Attribute... attributes) {
        return nested(name, NestingMode.SINGLE, attributes);
    }

    public Attribute required() {
        return copy(a -> {
            a.required = true;
            a.optional = false;
            a.computed = false;
        });
    }

    public Attribute optional() {
        return copy(a -> {
            a.required = false;
            a.optional = true;
        });
    }

    /** Set by the provider; together with {@link #optional()} the configuration may set it instead. */
    public Attribute computed() {
        return copy(a -> {
            a.required = false;
            a.computed = true;
        });
    }

    public Attribute sensitive() {
        return copy(a -> a.sensitive = true);
    }

    /** Given in configuration only: never stored in plan or state (Terraform 1.11+). */
    public Attribute writeOnly() {
        return copy(a -> a.writeOnly = true);
    }

    /**
     * {@link #writeOnly()}, with {@code alternative}: the attribute that does the same on a Terraform older than
     * 1.11, named in the error such a Terraform gets when the configuration sets this one.
     */
    public Attribute writeOnly(String alternative) {
        return copy(a -> {
            a.writeOnly = true;
            a.writeOnlyAlternative = alternative;
        });
    }

    /** Markdown, shown by Terraform and in the generated documentation. */
    public Attribute description(String markdown) {
        return copy(a -> a.description = markdown);
    }

    public Attribute deprecated(String message) {
        return copy(a -> a.deprecationMessage = message);
    }

    /** The value planned when the configuration leaves the attribute out; makes it optional and computed. */
    public Attribute defaultValue(Value value) {
        return copy(a -> {
            a.defaultValue = value;
            a.required = false;
            a.optional = true;
            a.computed = true;
        });
    }

    public Attribute planModifiers(PlanModifier... more) {
        return copy(a -> a.planModifiers = append(planModifiers, more));
    }

    public Attribute validators(Validator... more) {
        return copy(a -> a.validators = append(validators, more));
    }

    public String name() {
        return name;
    }

    /** The declared type of a plain attribute; null for a nested one. */
    public Type type() {
        return type;
    }

    /** The nested attributes; null for a plain attribute. */
    public NestedAttributes nested() {
        return nested;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isComputed() {
        return computed;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isWriteOnly() {
        return writeOnly;
    }

    /** The attribute to set instead where Terraform has no write-only attributes; null when there is none. */
    public String writeOnlyAlternative() {
        return writeOnlyAlternative;
    }

    public String description() {
        return description;
    }

    /** Null unless deprecated. */
    public String deprecationMessage() {
        return deprecationMessage;
    }

    /** Null when there is no default. */
    public Value defaultValue() {
        return defaultValue;
    }

    public List<PlanModifier> planModifiers() {
        return planModifiers;
    }

    public List<Validator> validators() {
        return validators;
    }

    /** The type values of this attribute are encoded against. */
    public Type valueType() {
        return type != null ? type : nested.type();
    }

    static ObjectType objectTypeOf(List<Attribute> attributes) {
        Map<String, Type> types = new LinkedHashMap<>();
        attributes.forEach(a -> types.put(a.name(), a.valueType()));
        return Type.object(types);
    }

    private Attribute copy(Consumer<Attribute> change) {
        Attribute copy = new Attribute(name, type, nested);
        copy.required = required;
        copy.optional = optional;
        copy.computed = computed;
        copy.sensitive = sensitive;
        copy.writeOnly = writeOnly;
        copy.writeOnlyAlternative = writeOnlyAlternative;
        copy.description = description;
        copy.deprecationMessage = deprecationMessage;
        copy.defaultValue = defaultValue;
        copy.planModifiers = planModifiers;
        copy.validators = validators;
        change.accept(copy);
        return copy;
    }

    private static <T> List<T> append(List<T> list, T[] more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "Attribute[" + name + "]";
    }
}
