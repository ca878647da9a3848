package dev.huaweidr.bench.jmh;

import dev.huaweidr.framework.server.ProviderServer;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.PlanResourceChange;
import dev.huaweidr.proto.tfplugin6.RawState;
import dev.huaweidr.proto.tfplugin6.UpgradeResourceState;
import dev.huaweidr.protocol.ProviderService;
import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a no-change plan of 1,000 resources asks of the provider besides the refresh: UpgradeResourceState
 * (state JSON in, msgpack out) and PlanResourceChange (three msgpack values in, schema rules, plan out),
 * once per resource, through the protocol service as gRPC would call it, without the transport.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanBenchmarks {
    private static final int RESOURCES = 1000;

    private ProviderService service;
    private final List<UpgradeResourceState.Request> upgrades = new ArrayList<>();
    private final List<PlanResourceChange.Request> plans = new ArrayList<>();

    @Setup
    public void setUp() {
        service = new ProviderService(new ProviderServer(States.PROVIDER));
        ObjectType type = States.type(States.CASSANDRA);
        for (int i = 0; i < RESOURCES; i++) {
            byte[] json = States.linkJson(i);
            Value state = States.decode(json, type);
            upgrades.add(UpgradeResourceState.Request.newBuilder().setTypeName(States.CASSANDRA)
                    .setRawState(RawState.newBuilder().setJson(ByteString.copyFrom(json))).build());
            plans.add(PlanResourceChange.Request.newBuilder().setTypeName(States.CASSANDRA)
                    .setPriorState(States.msgpack(state, type))
                    .setProposedNewState(States.msgpack(state, type))
                    .setConfig(States.msgpack(States.linkConfig(i), type)).build());
        }
    }

    @Benchmark
    public int upgradeStateOf1000() {
        Answers<UpgradeResourceState.Response> answers = new Answers<>();
        upgrades.forEach(request -> service.upgradeResourceState(request, answers));
        return answers.checked(r -> r.getDiagnosticsCount());
    }

    @Benchmark
    public int planOf1000() {
        Answers<PlanResourceChange.Response> answers = new Answers<>();
        plans.forEach(request -> service.planResourceChange(request, answers));
        return answers.checked(r -> r.getDiagnosticsCount() + (r.getRequiresReplaceCount() > 0 ? 1 : 0));
    }

    /** Collects the answers; a diagnostic or a replacement would mean the benchmark measures an error path. */
    private static final class Answers<T> implements StreamObserver<T> {
        private final List<T> received = new ArrayList<>(RESOURCES);

        @Override
        public void onNext(T value) {
            received.add(value);
        }

        @Override
        public void onError(Throwable t) {
            throw new IllegalStateException(t);
        }

        @Override
        public void onCompleted() {
            // one answer per call
        }

        int checked(java.util.function.ToIntFunction<T> problems) {
            int count = 0;
            for (T answer : received) {
                if (problems.applyAsInt(answer) > 0) {
                    throw new IllegalStateException("unexpected diagnostics or replacement: " + answer);
                }
                count++;
            }
            return count;
        }
    }
}
