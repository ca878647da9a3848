package dev.huaweidr.proto;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Locale;

/**
 * A field's type in the notation of the wire-contract tables: "bytes", "repeated
 * tfplugin6.Diagnostic", "optional int64", "map<string,tfplugin6.Schema>", and "... in oneof
 * NAME" for members of a oneof. Cardinality is part of it because singular, repeated and
 * optional fields of the same type decode differently.
 */
final class FieldSignature {
  private FieldSignature() {}

  static String of(FieldDescriptor field) {
    String signature;
    if (field.isMapField()) {
      signature = "map<" + typeName(field.getMessageType().findFieldByName("key")) + ","
          + typeName(field.getMessageType().findFieldByName("value")) + ">";
    } else if (field.isRepeated()) {
      signature = "repeated " + typeName(field);
    } else if (field.toProto().getProto3Optional()) {
      signature = "optional " + typeName(field);
    } else {
      signature = typeName(field);
    }
    if (field.getRealContainingOneof() != null) {
      signature += " in oneof " + field.getRealContainingOneof().getName();
    }
    return signature;
  }

  private static String typeName(FieldDescriptor field) {
    switch (field.getType()) {
      case MESSAGE:
        return field.getMessageType().getFullName();
      case ENUM:
        return field.getEnumType().getFullName();
      default:
        return field.getType().name().toLowerCase(Locale.ROOT);
    }
  }
}
