package dev.huaweidr.plugin;

import dev.huaweidr.proto.plugin.ConnInfo;
import dev.huaweidr.proto.plugin.GRPCBrokerGrpc;
import io.grpc.stub.StreamObserver;

/**
 * go-plugin's connection broker. Terraform providers never open extra connections, but the client starts
 * the stream; it is accepted and left idle.
 */
final class BrokerService extends GRPCBrokerGrpc.GRPCBrokerImplBase {
    @Override
    public StreamObserver<ConnInfo> startStream(StreamObserver<ConnInfo> response) {
        return new StreamObserver<>() {
            @Override
            public void onNext(ConnInfo value) {
                // No broker connections are offered.
            }

            @Override
            public void onError(Throwable t) {
                // The client went away; nothing to clean up.
            }

            @Override
            public void onCompleted() {
                response.onCompleted();
            }
        };
    }
}
