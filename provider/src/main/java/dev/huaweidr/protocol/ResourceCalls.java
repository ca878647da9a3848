package dev.huaweidr.protocol;

import com.google.protobuf.ByteString;
import dev.huaweidr.framework.codec.CodecException;
import dev.huaweidr.framework.codec.JsonCodec;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.server.ResourceServer;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ApplyResourceChange;
import dev.huaweidr.proto.tfplugin6.DynamicValue;
import dev.huaweidr.proto.tfplugin6.GenerateResourceConfig;
import dev.huaweidr.proto.tfplugin6.ImportResourceState;
import dev.huaweidr.proto.tfplugin6.MoveResourceState;
import dev.huaweidr.proto.tfplugin6.PlanResourceChange;
import dev.huaweidr.proto.tfplugin6.ReadResource;
import dev.huaweidr.proto.tfplugin6.ResourceIdentityData;
import dev.huaweidr.proto.tfplugin6.UpgradeResourceIdentity;
import dev.huaweidr.proto.tfplugin6.UpgradeResourceState;
import dev.huaweidr.proto.tfplugin6.ValidateResourceConfig;

/** The managed-resource RPCs: decode with the resource's schema, call the framework, encode the answer. */
final class ResourceCalls {
    private final ProviderServer server;

    ResourceCalls(ProviderServer server) {
        this.server = server;
    }

    ValidateResourceConfig.Response validate(ValidateResourceConfig.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        Value config = resource == null ? null : decode(request.getConfig(), resource.schema().type(), "configuration", diagnostics);
        if (config != null) {
            diagnostics.addAll(resource.validate(config,
                    request.getClientCapabilities().getWriteOnlyAttributesAllowed()));
        }
        return ValidateResourceConfig.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    UpgradeResourceState.Response upgrade(UpgradeResourceState.Request request) {
        UpgradeResourceState.Response.Builder out = UpgradeResourceState.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        if (resource != null && request.getRawState().getJson().isEmpty()) {
            diagnostics.error("Unsupported state format", "The state of this " + request.getTypeName()
                    + " is in the pre-0.12 flatmap format, which huaweidr never wrote.");
        } else if (resource != null) {
            ResourceServer.Result result = resource.upgrade(request.getVersion(), request.getRawState().getJson().toByteArray());
            diagnostics.addAll(result.diagnostics());
            if (result.state() != null) {
                out.setUpgradedState(ProtoValues.encode(result.state(), resource.schema().type()));
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    UpgradeResourceIdentity.Response upgradeIdentity(UpgradeResourceIdentity.Request request) {
        UpgradeResourceIdentity.Response.Builder out = UpgradeResourceIdentity.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        ObjectType type = resource == null ? null : resource.identityType();
        if (resource != null && type == null) {
            diagnostics.error("No identity", request.getTypeName() + " has no resource identity.");
        } else if (type != null) {
            try {
                Value identity = JsonCodec.decode(request.getRawIdentity().getJson().toByteArray(), type);
                out.setUpgradedIdentity(identity(identity, type));
            } catch (CodecException e) {
                diagnostics.error("Unreadable identity", "The stored identity does not match its schema: " + e.getMessage());
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    ReadResource.Response read(ReadResource.Request request) {
        ReadResource.Response.Builder out = ReadResource.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        if (resource != null) {
            ObjectType type = resource.schema().type();
            Value current = decode(request.getCurrentState(), type, "state", diagnostics);
            Value identity = identityOf(request.hasCurrentIdentity(), request.getCurrentIdentity(), resource, diagnostics);
            if (!diagnostics.hasErrors()) {
                ResourceServer.Result result = resource.read(current, request.getPrivate().toByteArray(), identity);
                diagnostics.addAll(result.diagnostics());
                out.setNewState(ProtoValues.encode(result.state(), type)).setPrivate(ByteString.copyFrom(result.privateState()));
                if (result.identity() != null) {
                    out.setNewIdentity(identity(result.identity(), resource.identityType()));
                }
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    PlanResourceChange.Response plan(PlanResourceChange.Request request) {
        PlanResourceChange.Response.Builder out = PlanResourceChange.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        if (resource != null) {
            ObjectType type = resource.schema().type();
            Value prior = decode(request.getPriorState(), type, "prior state", diagnostics);
            Value proposed = decode(request.getProposedNewState(), type, "proposed state", diagnostics);
            Value config = decode(request.getConfig(), type, "configuration", diagnostics);
            Value identity = identityOf(request.hasPriorIdentity(), request.getPriorIdentity(), resource, diagnostics);
            if (!diagnostics.hasErrors()) {
                ResourceServer.Planned planned = resource.plan(prior, proposed, config,
                        request.getPriorPrivate().toByteArray(), identity);
                diagnostics.addAll(planned.diagnostics());
                out.setPlannedState(ProtoValues.encode(planned.planned(), type))
                        .setPlannedPrivate(ByteString.copyFrom(planned.plannedPrivate()));
                planned.requiresReplace().forEach(p -> out.addRequiresReplace(ProtoDiagnostics.path(p)));
                if (planned.plannedIdentity() != null) {
                    out.setPlannedIdentity(identity(planned.plannedIdentity(), resource.identityType()));
                }
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    ApplyResourceChange.Response apply(ApplyResourceChange.Request request) {
        ApplyResourceChange.Response.Builder out = ApplyResourceChange.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        if (resource != null) {
            ObjectType type = resource.schema().type();
            Value prior = decode(request.getPriorState(), type, "prior state", diagnostics);
            Value planned = decode(request.getPlannedState(), type, "planned state", diagnostics);
            Value config = decode(request.getConfig(), type, "configuration", diagnostics);
            Value identity = identityOf(request.hasPlannedIdentity(), request.getPlannedIdentity(), resource, diagnostics);
            if (!diagnostics.hasErrors()) {
                ResourceServer.Result result = resource.apply(prior, planned, config,
                        request.getPlannedPrivate().toByteArray(), identity);
                diagnostics.addAll(result.diagnostics());
                out.setNewState(ProtoValues.encode(result.state(), type)).setPrivate(ByteString.copyFrom(result.privateState()));
                if (result.identity() != null) {
                    out.setNewIdentity(identity(result.identity(), resource.identityType()));
                }
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    ImportResourceState.Response importState(ImportResourceState.Request request) {
        ImportResourceState.Response.Builder out = ImportResourceState.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        if (resource != null) {
            Value identity = identityOf(request.hasIdentity(), request.getIdentity(), resource, diagnostics);
            if (!diagnostics.hasErrors()) {
                ResourceServer.Result result = resource.importState(request.getId(), identity);
                diagnostics.addAll(result.diagnostics());
                if (!diagnostics.hasErrors()) {
                    ImportResourceState.ImportedResource.Builder imported = ImportResourceState.ImportedResource.newBuilder()
                            .setTypeName(request.getTypeName())
                            .setState(ProtoValues.encode(result.state(), resource.schema().type()))
                            .setPrivate(ByteString.copyFrom(result.privateState()));
                    if (result.identity() != null) {
                        imported.setIdentity(identity(result.identity(), resource.identityType()));
                    }
                    out.addImportedResources(imported);
                }
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    GenerateResourceConfig.Response generateConfig(GenerateResourceConfig.Request request) {
        GenerateResourceConfig.Response.Builder out = GenerateResourceConfig.Response.newBuilder();
        Diagnostics diagnostics = new Diagnostics();
        ResourceServer resource = lookup(request.getTypeName(), diagnostics);
        if (resource != null) {
            ObjectType type = resource.schema().type();
            Value state = decode(request.getState(), type, "state", diagnostics);
            if (state != null) {
                out.setConfig(ProtoValues.encode(resource.generateConfig(state), type));
            }
        }
        return out.addAllDiagnostics(ProtoDiagnostics.of(diagnostics)).build();
    }

    /** Not advertised: Terraform only moves state into providers that offer it. */
    MoveResourceState.Response move(MoveResourceState.Request request) {
        return MoveResourceState.Response.newBuilder().addAllDiagnostics(ProtoDiagnostics.error("Move not supported",
                "huaweidr resources cannot take over state from " + request.getSourceTypeName() + ".")).build();
    }

    private ResourceServer lookup(String typeName, Diagnostics diagnostics) {
        ResourceServer resource = server.resources().get(typeName);
        if (resource == null) {
            diagnostics.error("Unknown resource type", "huaweidr has no resource type \"" + typeName + "\".");
        }
        return resource;
    }

    private static Value decode(DynamicValue value, ObjectType type, String what, Diagnostics diagnostics) {
        return ProtoValues.decode(value, type, what, diagnostics);
    }

    private static Value identityOf(boolean present, ResourceIdentityData data, ResourceServer resource,
            Diagnostics diagnostics) {
        ObjectType type = resource.identityType();
        if (!present || type == null) {
            return null;
        }
        return ProtoValues.decode(data.getIdentityData(), type, "resource identity", diagnostics);
    }

    private static ResourceIdentityData identity(Value identity, ObjectType type) {
        return ResourceIdentityData.newBuilder().setIdentityData(ProtoValues.encode(identity, type)).build();
    }
}
