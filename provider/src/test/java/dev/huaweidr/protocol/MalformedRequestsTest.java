package dev.huaweidr.protocol;

import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.protocol.ProtocolHarness.ECHO;
import static dev.huaweidr.protocol.ProtocolHarness.PING;
import static dev.huaweidr.protocol.ProtocolHarness.THING;
import static dev.huaweidr.protocol.ProtocolHarness.errors;
import static dev.huaweidr.protocol.ProtocolHarness.msgpack;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ApplyResourceChange;
import dev.huaweidr.proto.tfplugin6.ConfigureProvider;
import dev.huaweidr.proto.tfplugin6.Diagnostic;
import dev.huaweidr.proto.tfplugin6.DynamicValue;
import dev.huaweidr.proto.tfplugin6.GenerateResourceConfig;
import dev.huaweidr.proto.tfplugin6.ImportResourceState;
import dev.huaweidr.proto.tfplugin6.InvokeAction;
import dev.huaweidr.proto.tfplugin6.ListResource;
import dev.huaweidr.proto.tfplugin6.MoveResourceState;
import dev.huaweidr.proto.tfplugin6.PlanAction;
import dev.huaweidr.proto.tfplugin6.PlanResourceChange;
import dev.huaweidr.proto.tfplugin6.RawState;
import dev.huaweidr.proto.tfplugin6.ReadDataSource;
import dev.huaweidr.proto.tfplugin6.ReadResource;
import dev.huaweidr.proto.tfplugin6.ResourceIdentityData;
import dev.huaweidr.proto.tfplugin6.UpgradeResourceIdentity;
import dev.huaweidr.proto.tfplugin6.UpgradeResourceState;
import dev.huaweidr.proto.tfplugin6.ValidateActionConfig;
import dev.huaweidr.proto.tfplugin6.ValidateDataResourceConfig;
import dev.huaweidr.proto.tfplugin6.ValidateListResourceConfig;
import dev.huaweidr.proto.tfplugin6.ValidateProviderConfig;
import dev.huaweidr.proto.tfplugin6.ValidateResourceConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whatever arrives in a DynamicValue, the answer is a diagnostic, never a gRPC error or a crash: every field
 * of every request that carries one, with every kind of bad input, and with odd but well-formed values.
 */
class MalformedRequestsTest {
    @RegisterExtension
    final ProtocolHarness tf = new ProtocolHarness();

    @BeforeEach
    void configure() {
        tf.configure();
    }

    private static DynamicValue bytes(int... msgpack) {
        byte[] out = new byte[msgpack.length];
        for (int i = 0; i < msgpack.length; i++) {
            out[i] = (byte) msgpack[i];
        }
        return DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(out)).build();
    }

    /** Inputs no schema type accepts. */
    private Map<String, DynamicValue> malformed() {
        byte[] valid = msgpack(thing(), tf.thingType()).getMsgpack().toByteArray();
        Map<String, DynamicValue> bad = new LinkedHashMap<>();
        bad.put("a never-used msgpack byte", bytes(0xc1));
        bad.put("truncated msgpack", DynamicValue.newBuilder()
                .setMsgpack(ByteString.copyFrom(Arrays.copyOf(valid, valid.length / 2))).build());
        bad.put("an object of the wrong shape", msgpack(object(Type.object(Map.of("nope", Type.STRING)),
                "nope", str("x")), Type.object(Map.of("nope", Type.STRING))));
        bad.put("a string where an object belongs", msgpack(str("x"), Type.STRING));
        bad.put("trailing bytes", DynamicValue.newBuilder()
                .setMsgpack(ByteString.copyFrom(valid).concat(ByteString.copyFrom(new byte[] {(byte) 0xc0}))).build());
        bad.put("broken json", DynamicValue.newBuilder().setJson(ByteString.copyFromUtf8("{\"name\": ")).build());
        return bad;
    }

    private Value thing() {
        return object(tf.thingType(), "name", str("a"));
    }

    /** Every DynamicValue field, each filled with the value under test while the others are valid. */
    private Map<String, Function<DynamicValue, List<Diagnostic>>> fields() {
        DynamicValue thing = msgpack(thing(), tf.thingType());
        DynamicValue identity = msgpack(object(tf.thingIdentityType(), "id", str("i-1")), tf.thingIdentityType());
        Map<String, Function<DynamicValue, List<Diagnostic>>> f = new LinkedHashMap<>();
        f.put("ValidateProviderConfig.config", v -> tf.blocking.validateProviderConfig(
                ValidateProviderConfig.Request.newBuilder().setConfig(v).build()).getDiagnosticsList());
        f.put("ConfigureProvider.config", v -> tf.blocking.configureProvider(
                ConfigureProvider.Request.newBuilder().setConfig(v).build()).getDiagnosticsList());
        f.put("ValidateResourceConfig.config", v -> tf.blocking.validateResourceConfig(
                ValidateResourceConfig.Request.newBuilder().setTypeName(THING).setConfig(v).build()).getDiagnosticsList());
        f.put("ReadResource.current_state", v -> read(v, identity));
        f.put("ReadResource.current_identity", v -> read(thing, v));
        f.put("PlanResourceChange.prior_state", v -> plan(v, thing, thing, identity));
        f.put("PlanResourceChange.proposed_new_state", v -> plan(thing, v, thing, identity));
        f.put("PlanResourceChange.config", v -> plan(thing, thing, v, identity));
        f.put("PlanResourceChange.prior_identity", v -> plan(thing, thing, thing, v));
        f.put("ApplyResourceChange.prior_state", v -> apply(v, thing, thing, identity));
        f.put("ApplyResourceChange.planned_state", v -> apply(thing, v, thing, identity));
        f.put("ApplyResourceChange.config", v -> apply(thing, thing, v, identity));
        f.put("ApplyResourceChange.planned_identity", v -> apply(thing, thing, thing, v));
        f.put("ImportResourceState.identity", v -> tf.blocking.importResourceState(ImportResourceState.Request
                .newBuilder().setTypeName(THING).setIdentity(identity(v)).build()).getDiagnosticsList());
        f.put("GenerateResourceConfig.state", v -> tf.blocking.generateResourceConfig(GenerateResourceConfig.Request
                .newBuilder().setTypeName(THING).setState(v).build()).getDiagnosticsList());
        f.put("ValidateDataResourceConfig.config", v -> tf.blocking.validateDataResourceConfig(
                ValidateDataResourceConfig.Request.newBuilder().setTypeName(ECHO).setConfig(v).build())
                .getDiagnosticsList());
        f.put("ReadDataSource.config", v -> tf.blocking.readDataSource(
                ReadDataSource.Request.newBuilder().setTypeName(ECHO).setConfig(v).build()).getDiagnosticsList());
        f.put("ValidateActionConfig.config", v -> tf.blocking.validateActionConfig(
                ValidateActionConfig.Request.newBuilder().setTypeName(PING).setConfig(v).build()).getDiagnosticsList());
        f.put("PlanAction.config", v -> tf.blocking.planAction(
                PlanAction.Request.newBuilder().setActionType(PING).setConfig(v).build()).getDiagnosticsList());
        f.put("InvokeAction.config", v -> invoke(PING, v));
        f.put("ValidateListResourceConfig.config", v -> tf.blocking.validateListResourceConfig(
                ValidateListResourceConfig.Request.newBuilder().setTypeName(THING).setConfig(v).build())
                .getDiagnosticsList());
        f.put("ListResource.config", v -> list(THING, v));
        return f;
    }

    private static ResourceIdentityData identity(DynamicValue v) {
        return ResourceIdentityData.newBuilder().setIdentityData(v).build();
    }

    private List<Diagnostic> read(DynamicValue state, DynamicValue identity) {
        return tf.blocking.readResource(ReadResource.Request.newBuilder().setTypeName(THING).setCurrentState(state)
                .setCurrentIdentity(identity(identity)).build()).getDiagnosticsList();
    }

    private List<Diagnostic> plan(DynamicValue prior, DynamicValue proposed, DynamicValue config, DynamicValue id) {
        return tf.blocking.planResourceChange(PlanResourceChange.Request.newBuilder().setTypeName(THING)
                .setPriorState(prior).setProposedNewState(proposed).setConfig(config).setPriorIdentity(identity(id))
                .build()).getDiagnosticsList();
    }

    private List<Diagnostic> apply(DynamicValue prior, DynamicValue planned, DynamicValue config, DynamicValue id) {
        return tf.blocking.applyResourceChange(ApplyResourceChange.Request.newBuilder().setTypeName(THING)
                .setPriorState(prior).setPlannedState(planned).setConfig(config).setPlannedIdentity(identity(id))
                .build()).getDiagnosticsList();
    }

    /** The diagnostics of the stream's last event, which must be {@code completed}. */
    private List<Diagnostic> invoke(String type, DynamicValue config) {
        List<InvokeAction.Event> events = new ArrayList<>();
        tf.blocking.invokeAction(InvokeAction.Request.newBuilder().setActionType(type).setConfig(config).build())
                .forEachRemaining(events::add);
        InvokeAction.Event last = events.get(events.size() - 1);
        assertTrue(last.hasCompleted(), "the stream ends with a completed event");
        return last.getCompleted().getDiagnosticsList();
    }

    private List<Diagnostic> list(String type, DynamicValue config) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        tf.blocking.listResource(ListResource.Request.newBuilder().setTypeName(type).setConfig(config).build())
                .forEachRemaining(e -> diagnostics.addAll(e.getDiagnosticList()));
        return diagnostics;
    }

    @TestFactory
    Stream<DynamicTest> malformedValuesInEveryFieldBecomeErrorDiagnostics() {
        List<DynamicTest> tests = new ArrayList<>();
        fields().forEach((field, call) -> malformed().forEach((what, value) ->
                tests.add(DynamicTest.dynamicTest(field + " holding " + what, () -> {
                    List<String> errors = errors(call.apply(value));
                    assertFalse(errors.isEmpty(), "no error diagnostic");
                    assertTrue(errors.get(0).startsWith("Invalid "), errors.toString());
                }))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> wellFormedOddValuesInEveryFieldNeverFailTheCall() {
        Map<String, DynamicValue> odd = new LinkedHashMap<>();
        odd.put("a wholly unknown value", bytes(0xd4, 0x00, 0x00));
        odd.put("null", bytes(0xc0));
        odd.put("an empty DynamicValue", DynamicValue.getDefaultInstance());
        List<DynamicTest> tests = new ArrayList<>();
        fields().forEach((field, call) -> odd.forEach((what, value) ->
                tests.add(DynamicTest.dynamicTest(field + " holding " + what,
                        () -> assertDoesNotThrow(() -> call.apply(value))))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> unknownTypeNamesAreDiagnosed() {
        String type = "conformance_nope";
        DynamicValue empty = DynamicValue.getDefaultInstance();
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, Function<String, List<Diagnostic>>> calls = new LinkedHashMap<>();
        calls.put("ValidateResourceConfig", t -> tf.blocking.validateResourceConfig(
                ValidateResourceConfig.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("UpgradeResourceState", t -> tf.blocking.upgradeResourceState(UpgradeResourceState.Request
                .newBuilder().setTypeName(t).setRawState(RawState.newBuilder().setJson(ByteString.copyFrom(json)))
                .build()).getDiagnosticsList());
        calls.put("UpgradeResourceIdentity", t -> tf.blocking.upgradeResourceIdentity(UpgradeResourceIdentity.Request
                .newBuilder().setTypeName(t).setRawIdentity(RawState.newBuilder().setJson(ByteString.copyFrom(json)))
                .build()).getDiagnosticsList());
        calls.put("ReadResource", t -> tf.blocking.readResource(
                ReadResource.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("PlanResourceChange", t -> tf.blocking.planResourceChange(
                PlanResourceChange.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("ApplyResourceChange", t -> tf.blocking.applyResourceChange(
                ApplyResourceChange.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("ImportResourceState", t -> tf.blocking.importResourceState(
                ImportResourceState.Request.newBuilder().setTypeName(t).setId("x").build()).getDiagnosticsList());
        calls.put("GenerateResourceConfig", t -> tf.blocking.generateResourceConfig(
                GenerateResourceConfig.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("MoveResourceState", t -> tf.blocking.moveResourceState(
                MoveResourceState.Request.newBuilder().setSourceTypeName(t).setTargetTypeName(t).build()).getDiagnosticsList());
        calls.put("ValidateDataResourceConfig", t -> tf.blocking.validateDataResourceConfig(
                ValidateDataResourceConfig.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("ReadDataSource", t -> tf.blocking.readDataSource(
                ReadDataSource.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("ValidateActionConfig", t -> tf.blocking.validateActionConfig(
                ValidateActionConfig.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("PlanAction", t -> tf.blocking.planAction(
                PlanAction.Request.newBuilder().setActionType(t).build()).getDiagnosticsList());
        calls.put("InvokeAction", t -> invoke(t, empty));
        calls.put("ValidateListResourceConfig", t -> tf.blocking.validateListResourceConfig(
                ValidateListResourceConfig.Request.newBuilder().setTypeName(t).build()).getDiagnosticsList());
        calls.put("ListResource", t -> list(t, empty));
        return calls.entrySet().stream().map(call -> DynamicTest.dynamicTest(call.getKey(), () -> {
            List<String> errors = errors(call.getValue().apply(type));
            assertFalse(errors.isEmpty(), "no error diagnostic");
            assertTrue(errors.get(0).contains(type), errors.toString());
        }));
    }
}
