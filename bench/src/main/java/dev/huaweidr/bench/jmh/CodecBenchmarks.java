package dev.huaweidr.bench.jmh;

import dev.huaweidr.framework.codec.CodecException;
import dev.huaweidr.framework.codec.JsonCodec;
import dev.huaweidr.framework.codec.MsgPackCodec;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One Redis DR relationship state through the two wire encodings: msgpack (every RPC) and JSON (state). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmarks {
    private ObjectType type;
    private Value state;
    private byte[] msgpack;
    private byte[] json;

    @Setup
    public void setUp() {
        type = States.type(States.REDIS);
        json = States.redisJson();
        state = States.decode(json, type);
        msgpack = MsgPackCodec.encode(state, type);
    }

    @Benchmark
    public byte[] msgpackEncode() {
        return MsgPackCodec.encode(state, type);
    }

    @Benchmark
    public Value msgpackDecode() throws CodecException {
        return MsgPackCodec.decode(msgpack, type);
    }

    @Benchmark
    public byte[] jsonEncode() {
        return JsonCodec.encode(state, type);
    }

    @Benchmark
    public Value jsonDecode() throws CodecException {
        return JsonCodec.decode(json, type);
    }
}
