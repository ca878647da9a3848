package dev.huaweidr.framework.resource;

/** A resource that can be brought under management with {@code terraform import} or an import block. */
public interface ResourceWithImport extends Resource {
    void importState(Import op);
}
