package dev.huaweidr.framework.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random bytes and random mutations of valid encodings (fixed seed, so failures reproduce): decoding either
 * succeeds or throws CodecException, never anything else, never hangs. Whatever decodes re-encodes and decodes
 * to the same value.
 */
@Timeout(120)
class CodecFuzzTest {
    private static final long SEED = 0x5eed_c0de_cL;
    /** Per test; {@code make fuzz} runs more ({@code -Dhuaweidr.fuzz.cases=N}). */
    private static final int CASES = Integer.getInteger("huaweidr.fuzz.cases", 4000);
    private static final byte[] MSGPACK_INTERESTING = Hex.bytes("c0 c1 c2 c3 c4 c7 cb d4 d9 db dc dd de df 7f 80 90 a0 ff 00 0c");
    private static final byte[] JSON_INTERESTING = "{}[]\",:\\0e-.tn9 ".getBytes(StandardCharsets.US_ASCII);

    private final Random random = new Random(SEED);

    @Test
    void msgPackDecoding() {
        List<Samples.Sample> seeds = new ArrayList<>(Samples.all());
        seeds.addAll(Samples.withEachPositionReplaced("unknown", v -> Value.unknown(v.type())));
        for (int i = 0; i < CASES; i++) {
            Samples.Sample seed = seeds.get(random.nextInt(seeds.size()));
            byte[] input = i % 5 == 0 ? randomBytes()
                    : mutate(MsgPackCodec.encode(seed.value(), seed.type()), MSGPACK_INTERESTING);
            Type type = i % 7 == 0 ? seeds.get(random.nextInt(seeds.size())).type() : seed.type();
            expectOnlyCodecException("msgpack as " + type, input, bytes -> {
                Value decoded = MsgPackCodec.decode(bytes, type);
                assertEquals(decoded, MsgPackCodec.decode(MsgPackCodec.encode(decoded, type), type));
            });
        }
    }

    @Test
    void jsonDecoding() {
        List<Samples.Sample> seeds = new ArrayList<>(Samples.all());
        seeds.addAll(Samples.withEachPositionReplaced("null", v -> Value.nullOf(v.type())));
        for (int i = 0; i < CASES; i++) {
            Samples.Sample seed = seeds.get(random.nextInt(seeds.size()));
            byte[] input = i % 5 == 0 ? randomBytes()
                    : mutate(JsonCodec.encode(seed.value(), seed.type()), JSON_INTERESTING);
            expectOnlyCodecException("JSON as " + seed.type(), input, bytes -> {
                Value decoded = JsonCodec.decode(bytes, seed.type());
                assertEquals(decoded, JsonCodec.decode(JsonCodec.encode(decoded, seed.type()), seed.type()));
            });
        }
    }

    @Test
    void typeJsonDecoding() {
        List<Samples.Sample> seeds = Samples.all();
        for (int i = 0; i < CASES; i++) {
            byte[] input = i % 5 == 0 ? randomBytes()
                    : mutate(TypeJson.encode(seeds.get(random.nextInt(seeds.size())).type()), JSON_INTERESTING);
            expectOnlyCodecException("type JSON", input, bytes -> {
                Type decoded = TypeJson.decode(bytes);
                assertEquals(decoded, TypeJson.decode(TypeJson.encode(decoded)));
            });
        }
    }

    /** Decodes and re-checks one input; CodecException is the only acceptable failure. */
    private interface RoundTrip {
        void run(byte[] input) throws CodecException;
    }

    private static void expectOnlyCodecException(String what, byte[] input, RoundTrip roundTrip) {
        try {
            roundTrip.run(input);
        } catch (CodecException expected) {
            // rejected cleanly
        } catch (Throwable t) {
            fail(what + ": " + Hex.of(input), t);
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(48)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** One to three edits: overwrite, insert, delete, truncate, or plant a byte that means something. */
    private byte[] mutate(byte[] valid, byte[] interesting) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : valid) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0:
                    bytes.set(at, (byte) random.nextInt(256));
                    break;
                case 1:
                    bytes.add(at, (byte) random.nextInt(256));
                    break;
                case 2:
                    bytes.remove(at);
                    break;
                case 3:
                    bytes.subList(at, bytes.size()).clear();
                    break;
                default:
                    bytes.set(at, interesting[random.nextInt(interesting.length)]);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
