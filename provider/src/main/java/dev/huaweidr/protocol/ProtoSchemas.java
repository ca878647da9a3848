package dev.huaweidr.protocol;

import com.google.protobuf.ByteString;
import dev.huaweidr.framework.codec.TypeJson;
import dev.huaweidr.framework.resource.IdentitySchema;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestedBlock;
import dev.huaweidr.proto.tfplugin6.ResourceIdentitySchema;
import dev.huaweidr.proto.tfplugin6.Schema;
import dev.huaweidr.proto.tfplugin6.StringKind;

/** Framework schemas in their protocol form. Descriptions are Markdown. */
final class ProtoSchemas {
    private ProtoSchemas() {
    }

    static Schema of(dev.huaweidr.framework.schema.Schema schema) {
        return Schema.newBuilder().setVersion(schema.version()).setBlock(block(schema.block(), schema.version())).build();
    }

    static ResourceIdentitySchema identity(IdentitySchema schema) {
        ResourceIdentitySchema.Builder out = ResourceIdentitySchema.newBuilder().setVersion(schema.version());
        for (IdentitySchema.Attribute a : schema.attributes()) {
            out.addIdentityAttributes(ResourceIdentitySchema.IdentityAttribute.newBuilder()
                    .setName(a.name())
                    .setType(ByteString.copyFrom(TypeJson.encode(a.type())))
                    .setRequiredForImport(a.requiredForImport())
                    .setOptionalForImport(!a.requiredForImport())
                    .setDescription(a.description()));
        }
        return out.build();
    }

    private static Schema.Block block(Block block, long version) {
        Schema.Block.Builder out = Schema.Block.newBuilder()
                .setVersion(version)
                .setDescription(block.description())
                .setDescriptionKind(StringKind.MARKDOWN);
        if (block.deprecationMessage() != null) {
            out.setDeprecated(true).setDeprecationMessage(block.deprecationMessage());
        }
        block.attributes().forEach(a -> out.addAttributes(attribute(a)));
        for (NestedBlock nested : block.blocks()) {
            out.addBlockTypes(Schema.NestedBlock.newBuilder()
                    .setTypeName(nested.typeName())
                    .setBlock(block(nested.block(), version))
                    .setNesting(Schema.NestedBlock.NestingMode.valueOf(nested.nesting().name()))
                    .setMinItems(nested.minItems())
                    .setMaxItems(nested.maxItems()));
        }
        return out.build();
    }

    private static Schema.Attribute attribute(Attribute a) {
        Schema.Attribute.Builder out = Schema.Attribute.newBuilder()
                .setName(a.name())
                .setDescription(a.description())
                .setDescriptionKind(StringKind.MARKDOWN)
                .setRequired(a.isRequired())
                .setOptional(a.isOptional())
                .setComputed(a.isComputed())
                .setSensitive(a.isSensitive())
                .setWriteOnly(a.isWriteOnly());
        if (a.deprecationMessage() != null) {
            out.setDeprecated(true).setDeprecationMessage(a.deprecationMessage());
        }
        if (a.nested() != null) {
            Schema.Object.Builder object = Schema.Object.newBuilder()
                    .setNesting(Schema.Object.NestingMode.valueOf(a.nested().nesting().name()));
            a.nested().attributes().forEach(inner -> object.addAttributes(attribute(inner)));
            out.setNestedType(object);
        } else {
            out.setType(ByteString.copyFrom(TypeJson.encode(a.type())));
        }
        return out.build();
    }
}
