package dev.huaweidr.protocol;

import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.protocol.ProtocolHarness.ECHO;
import static dev.huaweidr.protocol.ProtocolHarness.PING;
import static dev.huaweidr.protocol.ProtocolHarness.THING;
import static dev.huaweidr.protocol.ProtocolHarness.decode;
import static dev.huaweidr.protocol.ProtocolHarness.errors;
import static dev.huaweidr.protocol.ProtocolHarness.msgpack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ApplyResourceChange;
import dev.huaweidr.proto.tfplugin6.GetMetadata;
import dev.huaweidr.proto.tfplugin6.GetProviderSchema;
import dev.huaweidr.proto.tfplugin6.GetResourceIdentitySchemas;
import dev.huaweidr.proto.tfplugin6.PlanResourceChange;
import dev.huaweidr.proto.tfplugin6.ReadResource;
import dev.huaweidr.proto.tfplugin6.Schema;
import dev.huaweidr.proto.tfplugin6.ServerCapabilities;
import dev.huaweidr.proto.tfplugin6.StringKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The schema RPCs, and a process that Terraform uses without asking for the schema first. */
class ProviderServiceTest {
    @RegisterExtension
    final ProtocolHarness tf = new ProtocolHarness();

    @Test
    void theSchemaCarriesTheServerCapabilities() {
        GetProviderSchema.Response schema = tf.blocking.getProviderSchema(GetProviderSchema.Request.getDefaultInstance());
        assertEquals(List.of(), schema.getDiagnosticsList());
        ServerCapabilities capabilities = schema.getServerCapabilities();
        assertTrue(capabilities.getPlanDestroy(), "resources see destroy plans");
        assertTrue(capabilities.getGetProviderSchemaOptional(), "later processes may skip the schema");
        assertTrue(capabilities.getGenerateResourceConfig());
        assertEquals(capabilities, tf.blocking.getMetadata(GetMetadata.Request.getDefaultInstance())
                .getServerCapabilities());
    }

    @Test
    void theSchemaListsEveryKindAndDescribesInMarkdown() {
        GetProviderSchema.Response schema = tf.blocking.getProviderSchema(GetProviderSchema.Request.getDefaultInstance());
        assertTrue(schema.hasProvider(), "Terraform errors on a missing provider schema");
        Schema.Attribute storeAttribute = schema.getProvider().getBlock().getAttributes(0);
        assertEquals("store", storeAttribute.getName());
        assertEquals("Directory of the things.", storeAttribute.getDescription());
        assertEquals(StringKind.MARKDOWN, storeAttribute.getDescriptionKind());
        assertTrue(storeAttribute.getRequired());
        assertEquals("\"string\"", storeAttribute.getType().toStringUtf8());

        Schema.Block thing = schema.getResourceSchemasOrThrow(THING).getBlock();
        Schema.NestedBlock timeouts = thing.getBlockTypes(0);
        assertEquals("timeouts", timeouts.getTypeName());
        assertEquals(Schema.NestedBlock.NestingMode.SINGLE, timeouts.getNesting());
        assertEquals(StringKind.MARKDOWN, timeouts.getBlock().getDescriptionKind());
        assertTrue(timeouts.getBlock().getDescription().contains("How long"));
        Schema.Attribute create = timeouts.getBlock().getAttributes(0);
        assertEquals("How long create may wait for the cloud. Defaults to `1m0s`.", create.getDescription());
        assertEquals(StringKind.MARKDOWN, create.getDescriptionKind());
        Schema.Attribute token = thing.getAttributesList().stream().filter(a -> a.getName().equals("token_wo"))
                .findFirst().orElseThrow();
        assertTrue(token.getWriteOnly() && token.getSensitive() && token.getOptional());
        Schema.Attribute settings = thing.getAttributesList().stream().filter(a -> a.getName().equals("settings"))
                .findFirst().orElseThrow();
        assertEquals(Schema.Object.NestingMode.SINGLE, settings.getNestedType().getNesting());
        assertTrue(settings.getType().isEmpty(), "a nested attribute has nested_type, not type");

        assertTrue(schema.containsDataSourceSchemas(ECHO));
        assertTrue(schema.getActionSchemasOrThrow(PING).hasSchema());
        assertTrue(schema.containsListResourceSchemas(THING));
        GetResourceIdentitySchemas.Response identities =
                tf.blocking.getResourceIdentitySchemas(GetResourceIdentitySchemas.Request.getDefaultInstance());
        assertEquals("id", identities.getIdentitySchemasOrThrow(THING).getIdentityAttributes(0).getName());
        assertTrue(identities.getIdentitySchemasOrThrow(THING).getIdentityAttributes(0).getRequiredForImport());
    }

    @Test
    void aProcessWhoseFirstCallIsConfigureProviderWorks() {
        assertEquals(List.of(), tf.configure());
        Value config = object(tf.thingType(), "name", str("alpha"));
        PlanResourceChange.Response plan = plan(config);
        assertEquals(List.of(), plan.getDiagnosticsList());
        Value planned = decode(plan.getPlannedState(), tf.thingType());
        assertFalse(planned.attr("id").isKnown());

        ApplyResourceChange.Response apply = tf.blocking.applyResourceChange(ApplyResourceChange.Request.newBuilder()
                .setTypeName(THING).setPriorState(msgpack(Value.nullOf(tf.thingType()), tf.thingType()))
                .setPlannedState(plan.getPlannedState()).setConfig(msgpack(config, tf.thingType()))
                .setPlannedPrivate(plan.getPlannedPrivate()).build());
        assertEquals(List.of(), errors(apply.getDiagnosticsList()));
        Value created = decode(apply.getNewState(), tf.thingType());
        assertTrue(created.isWhollyKnown());
        assertEquals(str("ALPHA"), created.attr("upper_name"));
        assertEquals(created.attr("id"), decode(apply.getNewIdentity().getIdentityData(), tf.thingIdentityType())
                .attr("id"));

        ReadResource.Response read = tf.blocking.readResource(ReadResource.Request.newBuilder().setTypeName(THING)
                .setCurrentState(apply.getNewState()).setPrivate(apply.getPrivate()).build());
        assertEquals(List.of(), read.getDiagnosticsList());
        assertEquals(created, decode(read.getNewState(), tf.thingType()));
    }

    @Test
    void aProcessWhoseFirstCallIsPlanResourceChangeWorks() {
        PlanResourceChange.Response plan = plan(object(tf.thingType(), "name", str("alpha")));
        assertEquals(List.of(), plan.getDiagnosticsList());
        assertEquals(Value.number(1), decode(plan.getPlannedState(), tf.thingType()).attr("size"), "the default");
    }

    @Test
    void callsNeedingTheProviderBeforeConfigureProviderGetAnError() {
        Value state = object(tf.thingType(), "id", str("i-1"), "name", str("a"));
        ReadResource.Response read = tf.blocking.readResource(ReadResource.Request.newBuilder().setTypeName(THING)
                .setCurrentState(msgpack(state, tf.thingType())).build());
        List<String> errors = errors(read.getDiagnosticsList());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Provider not configured"), errors.get(0));
        assertEquals(state, decode(read.getNewState(), tf.thingType()), "the state is kept");
    }

    private PlanResourceChange.Response plan(Value config) {
        return tf.blocking.planResourceChange(PlanResourceChange.Request.newBuilder().setTypeName(THING)
                .setPriorState(msgpack(Value.nullOf(tf.thingType()), tf.thingType()))
                .setProposedNewState(msgpack(config, tf.thingType()))
                .setConfig(msgpack(config, tf.thingType())).build());
    }
}
