package dev.huaweidr.framework.value;

/** A list, set or map: every element has the same type. */
public sealed interface CollectionType extends Type permits ListType, SetType, MapType {
    Type element();
}
