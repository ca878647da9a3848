package dev.huaweidr.cloud.vpc;

import dev.huaweidr.cloud.http.Api;

/** VPC in one region: subnets, to turn a GeminiDB instance's {@code subnet_id} into a CIDR. */
public final class Vpc {
    private final Api api;

    public Vpc(Api api) {
        this.api = api;
    }

    /** The subnet; absent is an error with {@code isNotFound()} (404 {@code VPC.0202}, documented). */
    public Subnet subnet(String subnetId) {
        return api.get("/v1/{project_id}/subnets/{}", subnetId)
                .fetch(SubnetAnswer.class, SubnetAnswer::subnet, "subnet");
    }

    record SubnetAnswer(Subnet subnet) {
    }
}
