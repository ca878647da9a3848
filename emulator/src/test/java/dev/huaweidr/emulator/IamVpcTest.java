package dev.huaweidr.emulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** IAM project lookup and VPC subnet detail, as the cloud contract fixes them. */
class IamVpcTest extends EmulatorTestBase {

    @Test
    void projectsAreFoundByRegionName() {
        Reply reply = cloud.get("/v3/projects?name=ap-southeast-3");
        assertEquals(200, reply.status());
        assertEquals(P3, reply.text("/projects/0/id"));
        assertEquals("ap-southeast-3", reply.text("/projects/0/name"));
        assertEquals(0, cloud.get("/v3/projects?name=eu-west-0").body().path("projects").size());
    }

    @Test
    void subnetsShowTheirCidr() {
        Reply reply = cloud.get("/v1/" + P1 + "/subnets/subnet-apse1-192");
        assertEquals(200, reply.status());
        assertEquals("192.168.10.0/24", reply.text("/subnet/cidr"));
        assertEquals("vpc-apse1-legacy", reply.text("/subnet/vpc_id"));
        assertEquals("ACTIVE", reply.text("/subnet/status"));
    }

    @Test
    void anUnknownSubnetIsVpc0202() {
        Reply reply = cloud.get("/v1/" + P1 + "/subnets/subnet-apse3-a");
        assertEquals(404, reply.status());
        assertEquals("VPC.0202", reply.errorCode());
    }
}
