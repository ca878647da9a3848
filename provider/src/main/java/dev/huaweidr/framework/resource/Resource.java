package dev.huaweidr.framework.resource;

import dev.huaweidr.framework.schema.Schema;

/**
 * A managed resource: its schema and its four operations. The framework does the rest from the schema
 * (validation, plan rules, consistency checks against what Terraform enforces); optional capabilities
 * are the {@code ResourceWith...} interfaces.
 */
public interface Resource {
    /** The full type name, e.g. {@code huaweidr_geminidb_redis_dr_relationship}. */
    String typeName();

    Schema schema();

    void create(Create op);

    void read(Read op);

    void update(Update op);

    void delete(Delete op);
}
