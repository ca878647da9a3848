package dev.huaweidr.emulator.server;

import com.sun.net.httpserver.Headers;
import dev.huaweidr.emulator.admin.CallCounter;
import dev.huaweidr.emulator.admin.FaultDecision;
import dev.huaweidr.emulator.admin.Faults;
import dev.huaweidr.emulator.auth.Authenticator;
import dev.huaweidr.emulator.http.ApiError;
import dev.huaweidr.emulator.http.CloudRoutes;
import dev.huaweidr.emulator.http.Request;
import dev.huaweidr.emulator.http.Response;
import dev.huaweidr.emulator.http.Router;
import dev.huaweidr.emulator.http.Service;
import dev.huaweidr.emulator.model.MillisSetting;
import dev.huaweidr.emulator.model.Store;
import dev.huaweidr.emulator.model.World;

import java.util.function.Function;

/**
 * A cloud request's way through the emulator, in the gateway's order: route (404/405), count, the call
 * latency and injected faults, authentication, project check, then the service handler under the store's lock.
 */
public final class CloudDispatcher {
    private final CloudRoutes routes;
    private final CallCounter calls;
    private final MillisSetting latency;
    private final Faults faults;
    private final Authenticator authenticator;
    private final Store store;

    public CloudDispatcher(CloudRoutes routes, CallCounter calls, MillisSetting latency, Faults faults,
            Authenticator authenticator, Store store) {
        this.routes = routes;
        this.calls = calls;
        this.latency = latency;
        this.faults = faults;
        this.authenticator = authenticator;
        this.store = store;
    }

    Reply dispatch(String requestId, String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
        Service service = Service.ADMIN;
        try {
            Router.Match<CloudRoutes.Endpoint> match = routes.match(method, rawPath);
            service = match.handler().service();
            calls.count(match.key());
            FaultDecision fault = faults.decide(method, rawPath, rawQuery, regionOf(match.vars().get("project_id")));
            pause(latency.millis() + fault.latencyMs());
            if (fault.resetConnection()) {
                throw new ConnectionReset();
            }
            ApiError injected = fault.error(service);
            if (injected != null) {
                throw injected;
            }
            Request request = new Request(requestId, method, rawPath, rawQuery, headers, body, service,
                    match.vars(), fault.jobFault());
            authenticator.verify(request);
            Reply reply = Reply.of(handle(request, match.handler()));
            if (fault.dropResponse()) {
                // Applied, but the client never learns it: the lost answer a client must read back after.
                throw new ConnectionReset();
            }
            return reply;
        } catch (ApiError e) {
            return Reply.error(service, e, requestId);
        } catch (ConnectionReset e) {
            throw e;
        } catch (RuntimeException e) {
            System.err.println("emulator: internal error on " + method + " " + rawPath + " " + requestId);
            e.printStackTrace();
            return Reply.error(service, service.internalError(), requestId);
        }
    }

    /** The region of the project a path names, for faults by region; null without one (IAM is global). */
    private String regionOf(String projectId) {
        return projectId == null ? null : store.read(world -> world.project(projectId).map(p -> p.region())
                .orElse(null));
    }

    private Response handle(Request request, CloudRoutes.Endpoint endpoint) {
        Function<World, Response> body = world -> {
            String projectId = request.projectId();
            if (projectId != null && world.project(projectId).isEmpty()) {
                throw request.service().invalidProject(projectId);
            }
            return endpoint.handler().handle(request, world);
        };
        return "GET".equals(request.method()) ? store.read(body) : store.write(body);
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
