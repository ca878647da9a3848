package dev.huaweidr.plugin;

import io.grpc.ServerBuilder;

/** How the plugin's services get onto a gRPC server. */
interface ServiceSetup {
    void applyTo(ServerBuilder<?> builder);
}
