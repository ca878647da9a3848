package dev.huaweidr.framework.list;

import dev.huaweidr.framework.schema.Schema;

/**
 * Lists existing remote objects of a managed resource type for {@code terraform query} (Terraform 1.14+).
 * Its type name is the managed resource's, which must have an identity schema.
 */
public interface ListResource {
    String typeName();

    /** The schema of the {@code config} block of a {@code list} block. */
    Schema configSchema();

    void list(ListQuery op);
}
