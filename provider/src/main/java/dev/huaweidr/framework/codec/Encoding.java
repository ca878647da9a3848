package dev.huaweidr.framework.codec;

import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.CollectionType;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.TupleType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;

/** What the msgpack and JSON encoders share: the declared type and path of each child, and misfit errors. */
final class Encoding {
    private Encoding() {
    }

    /** The message for a value that does not fit the type it is encoded against (a programming error). */
    static String misfit(AttributePath path, Value v, Type type) {
        return (path.isRoot() ? "" : "at " + path + ": ") + "a value of type " + v.type()
                + " cannot be encoded as " + type;
    }

    /** The declared type of element {@code index} of a list, set or tuple. */
    static Type elementType(Type container, int index) {
        return container instanceof TupleType ? ((TupleType) container).elements().get(index)
                : ((CollectionType) container).element();
    }

    /** The path of element {@code index} of a list, set or tuple. */
    static AttributePath elementPath(Type container, AttributePath path, int index, Value element) {
        return container.isSet() ? path.setElement(element) : path.index(index);
    }

    /** The declared type of entry {@code key} of a map or object. */
    static Type entryType(Type container, String key) {
        return container instanceof ObjectType ? ((ObjectType) container).attributeType(key)
                : ((CollectionType) container).element();
    }

    /** The path of entry {@code key} of a map or object. */
    static AttributePath entryPath(Type container, AttributePath path, String key) {
        return container instanceof ObjectType ? path.attr(key) : path.key(key);
    }
}
