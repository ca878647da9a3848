package dev.huaweidr.conformance;

import dev.huaweidr.framework.list.ListQuery;
import dev.huaweidr.framework.list.ListResource;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.value.Value;
import java.util.Map;

/** Lists the things in the store for {@code terraform query}, optionally those whose name has a prefix. */
final class ThingList implements ListResource {
    @Override
    public String typeName() {
        return "conformance_thing";
    }

    @Override
    public Schema configSchema() {
        return Schema.of(Block.of(Attribute.string("name_prefix").optional()));
    }

    @Override
    public void list(ListQuery op) {
        ThingStore store = op.provider(ThingStore.class);
        Value prefix = op.config().get("name_prefix");
        for (String id : store.ids()) {
            Value thing = store.load(id, ThingResource.SCHEMA.type());
            if (thing == null) {
                continue;
            }
            String name = thing.attr("name").asString();
            if (!prefix.isNull() && !name.startsWith(prefix.asString())) {
                continue;
            }
            Value identity = Value.object(new ThingResource().identitySchema().type(), Map.of("id", Value.string(id)));
            op.emit(identity, name, thing);
            if (op.isFull()) {
                return;
            }
        }
    }
}
