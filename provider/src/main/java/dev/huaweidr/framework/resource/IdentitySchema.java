package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The attributes of a resource identity; they may not be maps, sets or objects. */
public record IdentitySchema(long version, List<Attribute> attributes) {
    public IdentitySchema {
        attributes = List.copyOf(attributes);
    }

    public static IdentitySchema of(Attribute... attributes) {
        return new IdentitySchema(0, List.of(attributes));
    }

    public ObjectType type() {
        Map<String, Type> types = new LinkedHashMap<>();
        attributes.forEach(a -> types.put(a.name(), a.type()));
        return Type.object(types);
    }

    /** One identity attribute; {@code requiredForImport} ones must be given in an import block. */
    public record Attribute(String name, Type type, boolean requiredForImport, String description) {
        public static Attribute required(String name, Type type, String description) {
            return new Attribute(name, type, true, description);
        }

        public static Attribute optional(String name, Type type, String description) {
            return new Attribute(name, type, false, description);
        }
    }
}
