package dev.huaweidr.proto;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.huaweidr.proto.plugin.GrpcBrokerProto;
import dev.huaweidr.proto.plugin.GrpcControllerProto;
import dev.huaweidr.proto.plugin.GrpcStdioProto;
import dev.huaweidr.proto.tfplugin6.Tfplugin6;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every message and enum type compiled from our .proto files, by full protobuf name. */
final class ProtoIndex {
  private static final List<FileDescriptor> FILES = List.of(
      Tfplugin6.getDescriptor(),
      GrpcControllerProto.getDescriptor(),
      GrpcStdioProto.getDescriptor(),
      GrpcBrokerProto.getDescriptor());

  private static final Map<String, Descriptor> MESSAGES = new HashMap<>();
  private static final Map<String, EnumDescriptor> ENUMS = new HashMap<>();

  static {
    for (FileDescriptor file : FILES) {
      file.getMessageTypes().forEach(ProtoIndex::add);
      file.getEnumTypes().forEach(e -> ENUMS.put(e.getFullName(), e));
    }
  }

  private ProtoIndex() {}

  private static void add(Descriptor message) {
    MESSAGES.put(message.getFullName(), message);
    message.getEnumTypes().forEach(e -> ENUMS.put(e.getFullName(), e));
    message.getNestedTypes().forEach(ProtoIndex::add);
  }

  static Descriptor message(String fullName) {
    Descriptor message = MESSAGES.get(fullName);
    if (message == null) {
      throw new AssertionError("no message " + fullName + " in the compiled .proto files");
    }
    return message;
  }

  static EnumDescriptor enumType(String fullName) {
    EnumDescriptor enumType = ENUMS.get(fullName);
    if (enumType == null) {
      throw new AssertionError("no enum " + fullName + " in the compiled .proto files");
    }
    return enumType;
  }
}
