package dev.huaweidr.plugin;

import io.grpc.BindableService;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import java.util.List;

/** The go-plugin services a plugin process serves beside the provider: controller, stdio, broker, health. */
final class ProcessServices {
    private ProcessServices() {
    }

    /** {@code shutdown} is what the controller's Shutdown call does. */
    static List<BindableService> of(Runnable shutdown) {
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus("plugin", ServingStatus.SERVING);
        return List.of(new ControllerService(shutdown), new StdioService(), new BrokerService(),
                health.getHealthService());
    }
}
