package dev.huaweidr.framework.resource;

/**
 * A resource with an identity (Terraform 1.12+): the attributes that name the remote object, used by
 * import blocks and {@code terraform query}. Operations then set the identity beside the state.
 */
public interface ResourceWithIdentity extends Resource {
    IdentitySchema identitySchema();
}
