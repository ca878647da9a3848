package dev.huaweidr.conformance;

import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.datasource.ReadData;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;

/** {@code conformance_echo}: returns its dynamic input and counts the things in the store. */
final class EchoDataSource implements DataSource {
    record Echo(Value input, Value output, Long things) {
    }

    @Override
    public String typeName() {
        return "conformance_echo";
    }

    @Override
    public Schema schema() {
        return Schema.of(Block.of(
                Attribute.dynamic("input").required(),
                Attribute.dynamic("output").computed(),
                Attribute.number("things").computed()));
    }

    @Override
    public void read(ReadData op) {
        Echo config = op.config().as(Echo.class);
        op.setResult(new Echo(config.input(), config.input(), (long) op.provider(ThingStore.class).ids().size()));
    }
}
