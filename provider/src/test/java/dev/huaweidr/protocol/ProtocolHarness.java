package dev.huaweidr.protocol;

import com.google.protobuf.ByteString;
import dev.huaweidr.conformance.ConformanceProvider;
import dev.huaweidr.framework.codec.CodecException;
import dev.huaweidr.framework.codec.MsgPackCodec;
import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ConfigureProvider;
import dev.huaweidr.proto.tfplugin6.Diagnostic;
import dev.huaweidr.proto.tfplugin6.DynamicValue;
import dev.huaweidr.proto.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The conformance provider behind {@link ProviderService}, spoken to over real (in-process) gRPC with the
 * generated stubs, as Terraform speaks to it. Register one per test ({@code @RegisterExtension}): each is a
 * fresh "process" with nothing called yet and its own empty store, gone after the test.
 */
final class ProtocolHarness implements AfterEachCallback {
    static final String THING = "conformance_thing";
    static final String ECHO = "conformance_echo";
    static final String PING = "conformance_ping";

    /** Only for the schema types the requests are encoded against; calls go through gRPC. */
    private final ProviderServer types = new ProviderServer(new ConformanceProvider());
    private final Path store;
    private final Server server;
    private final ManagedChannel channel;
    final ProviderGrpc.ProviderBlockingStub blocking;
    final ProviderGrpc.ProviderStub async;

    ProtocolHarness() {
        try {
            store = Files.createTempDirectory("huaweidr-protocol");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = InProcessServerBuilder.generateName();
        try {
            server = InProcessServerBuilder.forName(name)
                    .addService(new ProviderService(new ProviderServer(new ConformanceProvider())))
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        channel = InProcessChannelBuilder.forName(name).build();
        blocking = ProviderGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
        async = ProviderGrpc.newStub(channel);
    }

    ObjectType providerType() {
        return types.providerSchema().type();
    }

    ObjectType thingType() {
        return types.resources().get(THING).schema().type();
    }

    ObjectType thingIdentityType() {
        return types.resources().get(THING).identityType();
    }

    ObjectType echoType() {
        return types.dataSources().get(ECHO).schema().type();
    }

    ObjectType pingType() {
        return types.actions().get(PING).schema().type();
    }

    ObjectType listType() {
        return types.lists().get(THING).schema().type();
    }

    /** The provider block pointing at the test's store. */
    Value providerConfig() {
        return Value.object(providerType(), Map.of("store", Value.string(store.toString())));
    }

    List<Diagnostic> configure() {
        return blocking.configureProvider(ConfigureProvider.Request.newBuilder()
                .setTerraformVersion("1.15.0")
                .setConfig(msgpack(providerConfig(), providerType()))
                .build()).getDiagnosticsList();
    }

    static DynamicValue msgpack(Value value, Type type) {
        return DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(MsgPackCodec.encode(value, type))).build();
    }

    static Value decode(DynamicValue value, Type type) {
        try {
            return MsgPackCodec.decode(value.getMsgpack().toByteArray(), type);
        } catch (CodecException e) {
            throw new AssertionError("the provider sent undecodable msgpack: " + e.getMessage(), e);
        }
    }

    static List<String> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.getSeverity() == Diagnostic.Severity.ERROR)
                .map(d -> d.getSummary() + ": " + d.getDetail()).collect(Collectors.toList());
    }

    /** The directory the conformance provider keeps its things in. */
    Path store() {
        return store;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        channel.shutdownNow();
        server.shutdownNow();
        channel.awaitTermination(5, TimeUnit.SECONDS);
        server.awaitTermination(5, TimeUnit.SECONDS);
        try (Stream<Path> files = Files.walk(store)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
