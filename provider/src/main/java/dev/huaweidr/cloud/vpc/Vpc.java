package dev.huaweidr.cloud.vpc;

import dev.huaweidr.cloud.http.Api;

/** VPC in one region: subnets, to turn a GeminiDB instance's {@code subnet_id} into a CIDR. */
public final class Vpc {
    private final Api api;
    private final SubnetCidrs cidrs;

    public Vpc(Api api, SubnetCidrs cidrs) {
        this.api = api;
        this.cidrs = cidrs;
    }

    /** The subnet; absent is an error with {@code isNotFound()} (404 {@code VPC.0202}, documented). */
    public Subnet subnet(String subnetId) {
        return api.get("/v1/{project_id}/subnets/{}", subnetId)
                .fetch(SubnetAnswer.class, SubnetAnswer::subnet, "subnet");
    }

    /** The subnet's CIDR, read once per subnet and configured provider ({@link SubnetCidrs}). */
    public String subnetCidr(String subnetId) {
        return cidrs.of(api.region(), api.projectId(), subnetId).get(() -> subnet(subnetId).cidr());
    }

    record SubnetAnswer(Subnet subnet) {
    }
}
