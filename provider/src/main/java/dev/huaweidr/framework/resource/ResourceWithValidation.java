package dev.huaweidr.framework.resource;

/** A resource with configuration checks beyond the schema. */
public interface ResourceWithValidation extends Resource {
    void validateConfig(ValidateConfig op);
}
