package dev.huaweidr.bench.jmh;

import com.google.protobuf.ByteString;
import dev.huaweidr.framework.codec.CodecException;
import dev.huaweidr.framework.codec.JsonCodec;
import dev.huaweidr.framework.codec.MsgPackCodec;
import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.framework.resource.Resource;
import dev.huaweidr.framework.value.ObjectType;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.DynamicValue;
import dev.huaweidr.resources.HuaweidrProvider;
import java.nio.charset.StandardCharsets;

/**
 * Resource states as Terraform stores and sends them, for the provider's real schemas: a Redis DR
 * relationship and Cassandra active-active links, numbered so that no two of a state are alike.
 */
final class States {
    static final Provider PROVIDER = new HuaweidrProvider();
    static final String REDIS = "huaweidr_geminidb_redis_dr_relationship";
    static final String CASSANDRA = "huaweidr_geminidb_cassandra_active_active";

    private States() {
    }

    static ObjectType type(String resource) {
        for (Resource r : PROVIDER.resources()) {
            if (r.typeName().equals(resource)) {
                return r.schema().type();
            }
        }
        throw new IllegalArgumentException(resource);
    }

    /** The state JSON of a Redis DR pair, as in {@code terraform.tfstate}. */
    static byte[] redisJson() {
        return ("{\"id\":\"redis-a-in12/redis-b-in12\",\"alias\":\"orders-dr\",\"password_wo\":null,"
                + "\"password_wo_version\":1,\"password\":null,\"data_sync\":\"running\","
                + "\"disaster_recovery_id\":\"3c1f1d3e-7b2a-4a55-9b1f-2d0c6c5e8a11\",\"sync_status\":\"SYNCING\","
                + "\"current_primary_instance_id\":\"redis-a-in12\","
                + "\"primary\":{\"instance_id\":\"redis-a-in12\",\"region\":\"ap-southeast-1\",\"project_id\":\"proj-ap-southeast-1\"},"
                + "\"standby\":{\"instance_id\":\"redis-b-in12\",\"region\":\"ap-southeast-3\",\"project_id\":\"proj-ap-southeast-3\"},"
                + "\"timeouts\":null}").getBytes(StandardCharsets.UTF_8);
    }

    /** The state JSON of link {@code i}. */
    static byte[] linkJson(int i) {
        return ("{\"id\":\"bench-src-" + i + "\",\"instance_id\":\"bench-src-" + i + "\",\"region\":\"ap-southeast-1\","
                + "\"destination_instance_id\":\"bench-dst-" + i + "\",\"destination_region\":\"ap-southeast-3\","
                + "\"role\":\"master\",\"status\":\"normal\",\"timeouts\":null}").getBytes(StandardCharsets.UTF_8);
    }

    /** The configuration of link {@code i}: what is set in HCL, the rest null. */
    static Value linkConfig(int i) {
        return decode(("{\"instance_id\":\"bench-src-" + i + "\",\"destination_instance_id\":\"bench-dst-" + i
                + "\",\"destination_region\":\"ap-southeast-3\"}").getBytes(StandardCharsets.UTF_8), type(CASSANDRA));
    }

    static Value decode(byte[] json, ObjectType type) {
        try {
            return JsonCodec.decode(json, type);
        } catch (CodecException e) {
            throw new IllegalStateException(e);
        }
    }

    static DynamicValue msgpack(Value value, ObjectType type) {
        return DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(MsgPackCodec.encode(value, type))).build();
    }
}
