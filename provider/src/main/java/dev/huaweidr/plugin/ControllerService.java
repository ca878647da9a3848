package dev.huaweidr.plugin;

import dev.huaweidr.proto.plugin.Empty;
import dev.huaweidr.proto.plugin.GRPCControllerGrpc;
import io.grpc.stub.StreamObserver;

/**
 * go-plugin's controller. Terraform calls Shutdown when it is done with a process and kills it two seconds
 * later: answer first, then leave at once.
 */
final class ControllerService extends GRPCControllerGrpc.GRPCControllerImplBase {
    private final Runnable shutdown;

    /** @param shutdown what Shutdown does after the answer is on its way */
    ControllerService(Runnable shutdown) {
        this.shutdown = shutdown;
    }

    @Override
    public void shutdown(Empty request, StreamObserver<Empty> response) {
        response.onNext(Empty.getDefaultInstance());
        response.onCompleted();
        Thread exit = new Thread(shutdown, "shutdown");
        exit.setDaemon(false);
        exit.start();
    }
}
