package dev.huaweidr.emulator.http;

/** The cloud API's routing table: each route knows its service (for error shapes) and its handler. */
public final class CloudRoutes {

    /** What a cloud route leads to. */
    public record Endpoint(Service service, Handler handler) {
    }

    private final Router<Endpoint> router = new Router<>();

    public void get(Service service, String template, Handler handler) {
        router.add("GET", template, new Endpoint(service, handler));
    }

    public void post(Service service, String template, Handler handler) {
        router.add("POST", template, new Endpoint(service, handler));
    }

    public void put(Service service, String template, Handler handler) {
        router.add("PUT", template, new Endpoint(service, handler));
    }

    public void delete(Service service, String template, Handler handler) {
        router.add("DELETE", template, new Endpoint(service, handler));
    }

    public Router.Match<Endpoint> match(String method, String rawPath) {
        return router.match(method, rawPath);
    }
}
