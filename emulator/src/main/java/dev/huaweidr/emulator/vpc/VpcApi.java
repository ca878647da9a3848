package dev.huaweidr.emulator.vpc;

import dev.huaweidr.emulator.http.ApiError;
import dev.huaweidr.emulator.http.CloudRoutes;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.Subnet;
import dev.huaweidr.emulator.model.World;

import static dev.huaweidr.emulator.http.Service.VPC;

/** VPC subnet detail, which turns an instance's subnet_id into the CIDR Redis DR construction needs. */
public final class VpcApi {

    public void register(CloudRoutes routes) {
        routes.get(VPC, "/v1/{project_id}/subnets/{subnet_id}", this::subnet);
    }

    private Response subnet(Request request, World world) {
        String id = request.pathVar("subnet_id");
        // 404 VPC.0202, as VPC's error-code table documents it.
        Subnet subnet = world.subnet(id).filter(s -> s.projectId().equals(request.projectId()))
                .orElseThrow(() -> new ApiError(404, "VPC.0202",
                        "Query resource by id " + id + " fail.the subnet could not be found."));
        String gateway = subnet.gatewayIp() != null ? subnet.gatewayIp()
                : subnet.cidr().substring(0, subnet.cidr().lastIndexOf('.')) + ".1";
        return Response.ok(Json.object().set("subnet", Json.object()
                .put("id", subnet.id()).put("name", subnet.name() == null ? subnet.id() : subnet.name())
                .put("cidr", subnet.cidr()).put("vpc_id", subnet.vpcId()).put("gateway_ip", gateway)
                .put("status", "ACTIVE")));
    }
}
