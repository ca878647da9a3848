package dev.huaweidr.emulator.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huaweidr.emulator.http.CloudRoutes;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.model.Json;
import dev.huaweidr.emulator.model.World;

import static dev.huaweidr.emulator.http.Service.IAM;

/** IAM project lookup by region name, as the cloud contract fixes it: a project's name is its region. */
public final class IamApi {

    public void register(CloudRoutes routes) {
        routes.get(IAM, "/v3/projects", this::projects);
    }

    private Response projects(Request request, World world) {
        String name = request.queryParam("name");
        ArrayNode projects = Json.array();
        world.projects.stream().filter(p -> name == null || name.equals(p.region()))
                .forEach(p -> projects.addObject().put("id", p.id()).put("name", p.region())
                        .put("domain_id", world.domainId).put("parent_id", world.domainId)
                        .put("enabled", true).put("is_domain", false).put("description", ""));
        ObjectNode body = Json.object();
        body.set("projects", projects);
        return Response.ok(body);
    }
}
