package dev.huaweidr.framework.server;

import dev.huaweidr.framework.resource.Create;
import dev.huaweidr.framework.resource.Delete;
import dev.huaweidr.framework.resource.PlanChange;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.Read;
import dev.huaweidr.framework.resource.ResourceWithPlan;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.resource.Update;
import dev.huaweidr.framework.schema.Schema;
import java.util.function.Consumer;

/** A resource whose schema and operations a test sets; operations it does not set do nothing. */
final class FakeResource implements ResourceWithPlan {
    private final Schema schema;
    Consumer<Create> create = op -> { };
    Consumer<Read> read = op -> { };
    Consumer<Update> update = op -> { };
    Consumer<Delete> delete = op -> { };
    Consumer<PlanChange> plan = op -> { };

    FakeResource(Schema schema) {
        this.schema = schema;
    }

    /** A server for this resource in a session whose provider is configured and never stopped. */
    ResourceServer server() {
        StopSignal stop = new StopSignal();
        ProviderData provider = ProviderData.of("client");
        return new ResourceServer(this, new Session() {
            @Override
            public StopSignal stop() {
                return stop;
            }

            @Override
            public ProviderData provider() {
                return provider;
            }
        });
    }

    @Override
    public String typeName() {
        return "test_thing";
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public void create(Create op) {
        create.accept(op);
    }

    @Override
    public void read(Read op) {
        read.accept(op);
    }

    @Override
    public void update(Update op) {
        update.accept(op);
    }

    @Override
    public void delete(Delete op) {
        delete.accept(op);
    }

    @Override
    public void modifyPlan(PlanChange op) {
        plan.accept(op);
    }
}
